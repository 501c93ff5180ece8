import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** Jiffies the whole machine spent busy and in all, from /proc/stat (undefined off Linux). */
function machineCpu() {
  if (!existsSync('/proc/stat')) return undefined;
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = fields.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** Jiffies used by this process and every process under it (the browser), children reaped included. */
function ownCpu() {
  if (!existsSync('/proc/self/stat')) return undefined;
  const procs = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // the command name is in parentheses and may hold spaces: fields count from after it
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(name), {
        ppid: Number(f[1]),
        cpu: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]),
      });
    } catch {
      // the process ended while we looked
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of procs) if (!mine.has(pid) && mine.has(p.ppid)) (mine.add(pid), (grew = true));
  }
  let cpu = 0;
  for (const pid of mine) cpu += procs.get(pid)?.cpu ?? 0;
  return cpu;
}

/** The machine's state now: load averages, and CPU counters to compare with a later sample. */
export function sampleMachine() {
  return { at: Date.now(), load: loadavg(), cpu: machineCpu(), own: ownCpu() };
}

/**
 * How busy the machine was between two samples with work other than this bench: the share of all
 * cores' time that other processes used (undefined where /proc is missing). `gap` is a pair of
 * samples around a moment when the bench's own count is unreliable (a child process exiting);
 * the machine's time across it is left out of both sides.
 */
export function othersShare(before, after, gap) {
  const samples = [before, ...(gap ?? []), after];
  if (samples.some((s) => !s.cpu || s.own === undefined)) return undefined;
  let total = 0;
  let others = 0;
  for (let i = 0; i + 1 < samples.length; i += 2) {
    const [a, b] = [samples[i], samples[i + 1]];
    total += b.cpu.total - a.cpu.total;
    others += b.cpu.busy - a.cpu.busy - (b.own - a.own);
  }
  return total > 0 ? Math.max(0, others / total) : undefined;
}

/** The load averages as printed: "0.12, 0.30, 0.41 (1, 5, 15 min; 2 cores)". */
export function formatLoad(load) {
  return `${load.map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min; ${cpus().length} cores)`;
}

/** A machine is busy for benchmarking when its 1-minute load is over a quarter of its cores. */
export function busyLoad(load) {
  return load[0] > cpus().length / 4;
}
