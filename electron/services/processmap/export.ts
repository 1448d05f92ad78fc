/**
 * A map as a picture to save or put in a report: an SVG drawn from the
 * stored model in the UI language. The renderer turns the same file into a
 * PNG and prints it, so every way out of the app shows the same drawing.
 */
import { mapSvg } from '../../../shared/processmap/svg';
import type { HandlerMap } from '../../api/handler';
import { exportFile, SVG_MIME } from '../../exports/files';
import { mapSvgLabels } from '../../exports/labels';
import { readSettings } from '../settings/read';
import { mapView } from './rows';

export const mapExportHandlers: HandlerMap = {
  'processMap.exportSvg': ({ id }, { store }) => {
    const { view, programme, labels } = store.read((db) => {
      const map = mapView(db, id);
      return {
        view: map,
        programme: db.prepare('SELECT name FROM programme WHERE id = ?').pluck().get(map.map.programmeId) as string,
        labels: mapSvgLabels(readSettings(db).language),
      };
    });
    const name = `${view.map.name} – ${labels.states[view.map.state]}`;
    return exportFile(name, 'svg', SVG_MIME, Buffer.from(mapSvg(view, labels, { programme }), 'utf8'));
  },
};
