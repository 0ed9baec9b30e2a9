// Child processes of the cross-browser suite: each in its own process group,
// so the whole group (xvfb-run, Xvfb, WebKitWebDriver, MiniBrowser; or
// geckodriver and Firefox) ends with it, on success, failure or Ctrl-C.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

const running = new Set();

/** Starts `cmd args` in a new process group; keeps its last output lines for error messages. */
export function start(name, cmd, args, options = {}) {
  const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"], ...options });
  const proc = { name, child, tail: [], exited: null };
  const keep = (chunk) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) proc.tail.push(line);
    if (proc.tail.length > 40) proc.tail.splice(0, proc.tail.length - 40);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  proc.done = new Promise((resolve) => {
    child.on("exit", (code, signal) => {
      proc.exited = signal ?? code;
      running.delete(proc);
      resolve();
    });
    child.on("error", (e) => {
      keep(`${cmd}: ${e.message}`);
      proc.exited = "error";
      running.delete(proc);
      resolve();
    });
  });
  running.add(proc);
  return proc;
}

/** Ends a process group started by `start`: TERM, then KILL after `graceMs`. */
export async function stop(proc, graceMs = 3000) {
  if (!proc || proc.exited !== null) return;
  signalGroup(proc, "SIGTERM");
  const timer = setTimeout(() => signalGroup(proc, "SIGKILL"), graceMs);
  await proc.done;
  clearTimeout(timer);
  // The leader may go first; whatever it left in its group goes too.
  signalGroup(proc, "SIGKILL");
}

/** Ends every process group still running (for exit paths that cannot wait). */
export function killAllNow() {
  for (const proc of running) signalGroup(proc, "SIGKILL");
}

/** Ends every process group still running, politely first. */
export async function stopAll() {
  await Promise.all([...running].map((p) => stop(p)));
}

function signalGroup(proc, signal) {
  try {
    process.kill(-proc.child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 2xx; fails with the process's output if it exits or time runs out. */
export async function waitHttp(url, proc, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited !== null) {
      throw new Error(`${proc.name} exited (${proc.exited}) before answering ${url}:\n  ${proc.tail.join("\n  ")}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.name} did not answer ${url} within ${timeoutMs / 1000} s:\n  ${proc.tail.join("\n  ")}`);
}
