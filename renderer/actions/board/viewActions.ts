import type { BoardAction } from './types';

const always = (): boolean => true;

export const zoomInAction: BoardAction = {
  id: 'view.zoomIn',
  labelKey: 'board.actions.zoomIn',
  shortcuts: ['Plus', '='],
  scope: 'page',
  group: 'view',
  surfaces: [],
  repeats: true,
  isEnabled: always,
  perform: (ctx) => ctx.ui.zoom('in'),
};

export const zoomOutAction: BoardAction = {
  id: 'view.zoomOut',
  labelKey: 'board.actions.zoomOut',
  shortcuts: ['-'],
  scope: 'page',
  group: 'view',
  surfaces: [],
  repeats: true,
  isEnabled: always,
  perform: (ctx) => ctx.ui.zoom('out'),
};

export const zoomResetAction: BoardAction = {
  id: 'view.zoomReset',
  labelKey: 'board.actions.zoomReset',
  shortcuts: ['0'],
  scope: 'page',
  group: 'view',
  surfaces: [],
  isEnabled: always,
  perform: (ctx) => ctx.ui.zoom('reset'),
};

export const fitAction: BoardAction = {
  id: 'view.fit',
  labelKey: 'board.actions.fit',
  shortcuts: ['F'],
  scope: 'page',
  group: 'view',
  surfaces: [],
  isEnabled: always,
  perform: (ctx) => ctx.ui.zoom('fit'),
};

export const exportXlsxAction: BoardAction = {
  id: 'board.exportXlsx',
  labelKey: 'board.actions.exportXlsx',
  shortcuts: [],
  scope: 'page',
  group: 'board',
  surfaces: ['footer'],
  isEnabled: always,
  perform: (ctx) => ctx.ui.exportXlsx(),
};

export const exportPngAction: BoardAction = {
  id: 'board.exportPng',
  labelKey: 'board.actions.exportPng',
  shortcuts: [],
  scope: 'page',
  group: 'board',
  surfaces: ['footer'],
  isEnabled: (ctx) => ctx.model.notes.length > 0 || ctx.model.clusters.length > 0,
  perform: (ctx) => ctx.ui.exportPng(),
};

export const shortcutHelpAction: BoardAction = {
  id: 'board.help',
  labelKey: 'board.actions.help',
  shortcuts: ['?'],
  scope: 'page',
  group: 'board',
  surfaces: ['toolbar'],
  isEnabled: always,
  perform: (ctx) => ctx.ui.open({ kind: 'help' }),
};
