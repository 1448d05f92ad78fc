/**
 * A deliberately small menu: edit commands (so copy/paste shortcuts work on
 * macOS, where they hang off the menu), zoom (an accessibility need), and the
 * window menu. No reload or devtools entries in the shipped app.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'editMenu' },
    {
      label: 'Visa / View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
