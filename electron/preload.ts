// The renderer's only door to the main process: one named function, no raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';

const INVOKE_CHANNEL = 'mentorkorps:invoke';

contextBridge.exposeInMainWorld('mentorkorps', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
});
