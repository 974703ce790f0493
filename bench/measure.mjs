// Measuring one child process: wall time (parent's clock, spawn to exit) and peak RSS.
// Peak RSS comes from GNU time (`/usr/bin/time -v`, getrusage of the child: worker threads
// share the process, so this covers a piscina pool), else from polling VmHWM in /proc for
// the child and its descendants (the largest seen; a poll can miss the last few ms).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export const rssMethod = existsSync(GNU_TIME) && probeGnuTime() ? 'gnu-time' : existsSync('/proc/self/status') ? 'proc-poll' : 'none';

/** GNU time takes -v -o; BusyBox's and the shell keyword do not. */
function probeGnuTime() {
  const probe = spawnSync(GNU_TIME, ['-v', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  return probe.status === 0;
}

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function readVmHwmKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop();
    out.push(current);
    try {
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone already
    }
  }
  return out;
}

/**
 * Run `command args…` to completion. Resolves { ms, peakRssMb, code, stderr }.
 * stdout is discarded; stderr is kept (last 4 kB) for error reports.
 */
export function runMeasured(command, args, { cwd, tmpDir, method = rssMethod } = {}) {
  return new Promise((resolve) => {
    const timeFile = join(tmpDir ?? cwd ?? '.', `.time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
    const [file, argv] = method === 'gnu-time' ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
    let stderr = '';
    let polledKb = 0;
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4096);
    });
    const poll =
      method === 'proc-poll'
        ? setInterval(() => {
            const kb = descendants(child.pid).reduce((max, pid) => Math.max(max, readVmHwmKb(pid)), 0);
            polledKb = Math.max(polledKb, kb);
          }, 10)
        : null;
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      let peakKb = polledKb;
      if (method === 'gnu-time') {
        try {
          const report = readFileSync(timeFile, 'utf8');
          peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? NaN);
          const status = /Exit status: (\d+)/.exec(report);
          if (status) code = Number(status[1]);
          if (/Command terminated by signal/.test(report)) code = code || 128;
        } catch {
          peakKb = NaN;
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ ms, peakRssMb: peakKb / 1024, code: code ?? (signal ? 128 : 0), stderr });
    });
    child.on('error', (error) => {
      if (poll) clearInterval(poll);
      resolve({ ms: NaN, peakRssMb: NaN, code: -1, stderr: String(error) });
    });
  });
}
