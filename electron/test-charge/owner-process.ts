// Main process (plain Node). Whether the process that wrote a site lock still runs. `kill(pid, 0)` alone is
// not enough: a test killed a moment ago is a zombie until its parent collects it (and `kill` says it
// lives), and a pid can be reused by an unrelated process later. So the process state is read (a zombie is
// dead) and the owner's start time, stored in the lock, is compared with the start time of whatever process
// holds that pid now (another start time: the pid was reused, the owner is gone).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ProcessLook {
  alive: boolean;
  /** An opaque id of the process's start (boot + start time); null when this system cannot tell. */
  startId: string | null;
}

let bootId: string | null | undefined;
function linuxBootId(): string | null {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = null;
    }
  }
  return bootId;
}

function lookLinux(pid: number): ProcessLook {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return { alive: false, startId: null };
  }
  // The command name (field 2) is in parentheses and may hold spaces or ')': read after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0] ?? '';
  // Z: exited, not yet collected by its parent. X/x: being torn down.
  if (state === 'Z' || state === 'X' || state === 'x') return { alive: false, startId: null };
  // Field 22, starttime (clock ticks after boot), is the 20th after the state (field 3).
  const start = fields[19];
  const boot = linuxBootId();
  return { alive: true, startId: start && boot ? `${boot}:${start}` : null };
}

function lookPs(pid: number): ProcessLook | null {
  try {
    const out = execFileSync('ps', ['-o', 'stat=', '-o', 'lstart=', '-p', String(pid)], {
      encoding: 'utf8',
      timeout: 2000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (!out) return { alive: false, startId: null };
    const [state = '', ...start] = out.split(/\s+/);
    if (state.startsWith('Z')) return { alive: false, startId: null };
    return { alive: true, startId: start.length > 0 ? start.join(' ') : null };
  } catch (error) {
    // ps exits 1 when no such process; any other failure (no ps at all): cannot tell.
    return (error as { status?: number }).status === 1 ? { alive: false, startId: null } : null;
  }
}

function lookKill(pid: number): ProcessLook {
  try {
    process.kill(pid, 0);
    return { alive: true, startId: null };
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal.
    return { alive: (error as NodeJS.ErrnoException).code === 'EPERM', startId: null };
  }
}

/** Is `pid` a running process on this host, and when did it start? */
export function lookAtProcess(pid: number): ProcessLook {
  if (!Number.isInteger(pid) || pid <= 0) return { alive: false, startId: null };
  if (process.platform === 'linux') return lookLinux(pid);
  // Windows has no zombies for `kill(pid, 0)` to mistake (libuv checks the exit code); macOS and the BSDs do.
  if (process.platform !== 'win32') return lookPs(pid) ?? lookKill(pid);
  return lookKill(pid);
}

let ownStart: string | null | undefined;
/** This process's own start id, stored in the locks it writes. */
export function ownStartId(): string | null {
  if (ownStart === undefined) ownStart = lookAtProcess(process.pid).startId;
  return ownStart;
}
