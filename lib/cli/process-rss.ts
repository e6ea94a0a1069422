/** Memory of a process group on Linux, read from /proc: what a benchmark reports as a server's RSS. */
import { readdirSync, readFileSync } from 'node:fs';

const KIB = 1024; // /proc/<pid>/status gives kB (KiB)

/**
 * The sum of each process's peak resident set (VmHWM) over the processes of group `pgid`, in bytes; null where
 * /proc is not there. A sum of peaks: an upper bound of the group's peak together.
 * @example groupPeakRss(server.child.pid) // 412_000_000
 */
export function groupPeakRss(pgid: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      // the group id is the 5th field of stat, after the command name in parentheses (which may hold spaces)
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      const peak = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (peak) total += Number(peak[1]) * KIB;
    } catch {
      // the process ended while we read
    }
  }
  return total;
}
