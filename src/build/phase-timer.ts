// Where a build step's time goes: wall and CPU seconds of each phase, printed as one line
// ("data step: load 0.4/0.5 s, pipeline 1.2/1.3 s, ..."). CPU above wall is the other
// threads (Pagefind, card workers, libuv's file pool); wall above CPU is waiting (disk,
// the other processes on a shared machine). Issue 18 asks for figures, not guesses.
import { performance } from 'node:perf_hooks';

export interface PhaseTime {
  name: string;
  wall: number;
  cpu: number;
}

export const phaseTimer = () => {
  const phases: PhaseTime[] = [];
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return {
    phases,
    /** Ends the phase running since the last lap (or the start), named `name`. */
    lap: (name: string) => {
      const used = process.cpuUsage(cpu);
      phases.push({
        name,
        wall: (performance.now() - wall) / 1000,
        cpu: (used.user + used.system) / 1e6,
      });
      wall = performance.now();
      cpu = process.cpuUsage();
    },
    /** "label (wall/CPU s): a 0.1/0.1, b 2.0/2.3; total 2.1/2.4". */
    line: (label: string) => {
      const s = (n: number) => n.toFixed(1);
      const total = phases.reduce((t, p) => ({ wall: t.wall + p.wall, cpu: t.cpu + p.cpu }), {
        wall: 0,
        cpu: 0,
      });
      return `${label} phases (wall/CPU s): ${phases.map((p) => `${p.name} ${s(p.wall)}/${s(p.cpu)}`).join(', ')}; total ${s(total.wall)}/${s(total.cpu)}`;
    },
  };
};

export type PhaseTimer = ReturnType<typeof phaseTimer>;
