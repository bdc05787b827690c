// What the engine is told to read of a document: the one seam between the
// engine and the speed layer (src/screen/). The runner asks the screen once
// per document and hands its answer in; nothing in the engine calls back.
export interface Screening {
  /** Nothing, everything, or only the top-level blocks overlapping these
   * source ranges (paragraphs where a match may lie). */
  parts: 'none' | 'all' | ReadonlyArray<readonly [number, number]>;
  /** Whether a piece of prose (a block, a sentence) could hold a claim;
   * prose for which it is false is not split into words or matched. */
  mayHold(prose: string): boolean;
}

/** Read everything: what the engine does with the screen switched off. */
export const READ_ALL: Screening = Object.freeze({ parts: 'all', mayHold: () => true });
