/**
 * Moves blocks along one axis (a timeline's labels) so none overlaps the
 * next, keeping each as close to where it wants to be as the space allows.
 * Input order is kept; positions are the blocks' top edges.
 */
export function dodge(blocks: readonly { want: number; size: number }[], gap: number, min: number, max: number): number[] {
  const pos = blocks.map((b) => b.want);
  // Push down past the previous block, then pull back up from the end.
  for (let i = 0; i < pos.length; i++) {
    const floor = i === 0 ? min : pos[i - 1]! + blocks[i - 1]!.size + gap;
    pos[i] = Math.max(pos[i]!, floor);
  }
  for (let i = pos.length - 1; i >= 0; i--) {
    const ceiling = i === pos.length - 1 ? max - blocks[i]!.size : pos[i + 1]! - gap - blocks[i]!.size;
    pos[i] = Math.min(pos[i]!, ceiling);
  }
  if (pos.length && pos[0]! < min - 1e-9) throw new Error(`The blocks need ${blocks.reduce((s, b) => s + b.size + gap, -gap)} units but only ${max - min} are available.`);
  return pos;
}
