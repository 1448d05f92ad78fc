import type { ProcessMapId } from '../../../shared/processmap/schema';
import type { AppSession } from './session';
import { apiCall as call } from './web-server';

/** A nuläge made from the LOS template in a new programme, opened in the editor with its lanes drawn. */
export async function openTemplateMap(session: AppSession, process: string): Promise<ProcessMapId> {
  const { page, server } = session;
  const programme = await call(server, 'programme.create', { name: 'LOS Kalmar', area: 'Kalmar', level: 'lokal', description: 'Trygg hemgång' });
  const map = await call(server, 'processMap.create', { programmeId: programme.id, name: process, state: 'nulage', template: 'los_discharge' });
  await page.evaluate((hash) => (window.location.hash = hash), `#/map/${map.id}`);
  await page.getByRole('heading', { level: 1, name: `${process} – Nuläge` }).waitFor();
  await page.getByRole('region', { name: `Processkarta: ${process}` }).locator('.react-flow__node-lane').first().waitFor();
  return map.id;
}
