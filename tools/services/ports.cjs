// Free loopback ports and process helpers shared by the launcher and the test runner.
const net = require('node:net');
const fs = require('node:fs');

/** Asks the OS for a free TCP port on 127.0.0.1. */
function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  return !isAlive(pid);
}

/**
 * Stops a server left running by an earlier launcher that was killed without cleaning up
 * (SIGKILL, a closed terminal). Reads the pid from the server's own pid file.
 */
async function reapStaleServer(pidFile, signal, label, log = () => undefined) {
  if (!fs.existsSync(pidFile)) return false;
  const pid = Number(String(fs.readFileSync(pidFile, 'utf8')).split('\n')[0].trim());
  if (!Number.isInteger(pid) || pid <= 1 || !isAlive(pid)) return false;
  const cmdline = readCmdline(pid);
  if (!cmdline.includes(label)) return false;
  log(`stopping a ${label} process (pid ${pid}) left over from an earlier run`);
  process.kill(pid, signal);
  if (!(await waitForExit(pid, 15000))) process.kill(pid, 'SIGKILL');
  await waitForExit(pid, 5000);
  return true;
}

function readCmdline(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

module.exports = { getFreePort, isAlive, waitForExit, reapStaleServer };
