import { parseArgs } from 'node:util';
import { loadEnv } from '../env';
import { createLogger } from '../logger';
import { openRuntime } from '../runtime';
import { provision } from './provision';
import { startServer } from './start-server';

const USAGE = `bangfu <command>
  start                     migrate, provision on first start, serve on PORT (default 3000)
  migrate                   apply migrations and exit
  seed --households N --seed S
                            fill an empty embedded database with a synthetic province and exit
`;

/** Returns an exit code, or null when the command keeps running (the server). */
export async function runCli(argv: string[]): Promise<number | null> {
  const [command, ...rest] = argv;
  const env = loadEnv();
  const logger = createLogger(env.BANGFU_LOG_LEVEL);
  switch (command) {
    case 'start':
      await startServer(env, logger);
      return null;
    case 'migrate': {
      const rt = await openRuntime(env, logger);
      await rt.handle.close();
      logger.info('migrations are up to date');
      return 0;
    }
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: { households: { type: 'string' }, seed: { type: 'string', default: '2016' } },
      });
      const households = Number(values.households ?? env.BANGFU_DEMO_HOUSEHOLDS);
      const seed = Number(values.seed);
      if (!Number.isInteger(households) || households < 0 || !Number.isInteger(seed)) {
        process.stderr.write(USAGE);
        return 2;
      }
      const rt = await openRuntime(env, logger);
      if (!rt.demoMode) {
        logger.error('seed writes synthetic people; it runs only on the embedded database');
        await rt.handle.close();
        return 2;
      }
      const done = await provision(
        rt,
        { households, seed, adminPassword: env.BANGFU_ADMIN_PASSWORD },
        logger,
      );
      await rt.handle.close();
      if (done === 'already') {
        logger.error('this data folder is already provisioned; seed into a fresh BANGFU_DATA_DIR');
        return 1;
      }
      return 0;
    }
    default:
      process.stderr.write(USAGE);
      return command ? 2 : 0;
  }
}
