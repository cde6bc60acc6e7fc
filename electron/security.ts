// Electron's security checklist, applied to every web contents the app creates.
import { app, session, type WebContents } from 'electron';

/** True only for the app's own bundled page. */
export function isAppUrl(url: string, appIndexUrl: string): boolean {
  return url.split('#')[0].split('?')[0] === appIndexUrl;
}

export function hardenApp(appIndexUrl: string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appIndexUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
