// Electron's security checklist, applied to every web contents the app creates, and the app:// origin.
import { app, protocol, session, type WebContents } from 'electron';
import { APP_SCHEME, appResponse, isAppUrl } from './appProtocol';

export { isAppUrl } from './appProtocol';

/** Before ready: app:// is a standard, secure origin (own storage, 'self' in the CSP), never CORS-readable. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

/** After ready: app:// serves only the files in distDir. */
export function serveApp(distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(distDir, request.url, request.method));
}

function denyUnlessApp(event: { preventDefault(): void }, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

export function hardenApp(): void {
  // Every renderer sandboxed, whatever its webPreferences say.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => denyUnlessApp(event, event.url));
    contents.on('will-frame-navigate', (event) => denyUnlessApp(event, event.url));
    contents.on('will-redirect', (event) => denyUnlessApp(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
