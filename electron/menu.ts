import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Locks the data file; the window then shows the unlock screen. */
  onLock: () => void;
}

export function installDanishMenu(actions: MenuActions): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Filer',
      submenu: [
        { label: 'Lås', accelerator: 'CmdOrCtrl+L', click: () => actions.onLock() },
        { type: 'separator' },
        { role: 'quit', label: 'Afslut' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Fortryd' },
        { role: 'redo', label: 'Annuller fortryd' },
        { type: 'separator' },
        { role: 'cut', label: 'Klip' },
        { role: 'copy', label: 'Kopiér' },
        { role: 'paste', label: 'Sæt ind' },
        { role: 'selectAll', label: 'Markér alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Genindlæs' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Normal størrelse' },
        { role: 'zoomIn', label: 'Zoom ind' },
        { role: 'zoomOut', label: 'Zoom ud' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fuld skærm' },
      ],
    },
    {
      label: 'Vindue',
      submenu: [
        { role: 'minimize', label: 'Minimer' },
        { role: 'close', label: 'Luk' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
