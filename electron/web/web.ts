/**
 * `npm run web`: the same services behind the loopback HTTP bridge, for a
 * browser on this machine. Prints exactly one SAMVERKSTAD_URL line on stdout
 * when ready; everything else goes to stderr.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { bothLanguages, damagedDatabaseText } from '../app/damaged-text';
import { openApp } from '../app/open-app';
import { restoreNewestBackup } from '../app/recover';
import { clockFrom, defaultDataDir, parseLaunchOptions } from '../app/options';
import { startBridge } from '../bridge/http-bridge';
import { phoneBundleBeside } from '../join/lan-server';

/** Moves a damaged database aside and installs the newest sound backup, as asked on the command line. */
function recover(dataDir: string): void {
  const { backup, aside } = restoreNewestBackup(dataDir);
  console.error(bothLanguages((locale) => locale.startup.restored, { name: backup, aside }));
}

function explainDamage(error: AppError): void {
  const { message, detail, backup } = damagedDatabaseText(error);
  console.error([message, detail, ...(backup ? [bothLanguages((locale) => locale.startup.restoreFlag)] : [])].join('\n'));
}

async function main(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(2), process.env);
  const dataDir = options.dataDir ?? defaultDataDir();
  if (options.restoreNewestBackup) recover(dataDir);
  const core = await openApp({ dataDir, phone: phoneBundleBeside(__dirname), ...(options.today ? { clock: clockFrom(options.today) } : {}) });
  const token = randomBytes(32).toString('base64url');
  const bridge = await startBridge({
    dispatch: core.dispatch,
    onChange: core.onChange,
    token,
    port: options.port,
    staticDir: path.join(__dirname, 'renderer'),
  });
  console.error(`Samverkstad: data in ${core.databaseFile}`);
  process.stdout.write(`SAMVERKSTAD_URL=${bridge.origin}/#token=${token}\n`);

  // core.close() also ends a joining session: every phone's access dies with the app.
  const stop = () => {
    void bridge.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof AppError && error.code === 'db_damaged') explainDamage(error);
  else if (error instanceof AppError) console.error(`Samverkstad could not start: ${error.message}`);
  else console.error('Samverkstad could not start:', error);
  process.exit(1);
});
