/**
 * Keeps a conversation in order: a confirmed message (with its sequence) goes before the first
 * row with a higher sequence or none yet (pending ones stay last).
 */
export function placeBySeq(
  list: HTMLElement,
  rows: Iterable<HTMLLIElement>,
  row: HTMLLIElement,
  seq: number,
) {
  row.dataset.seq = String(seq);
  const after = [...rows].find((r) => r !== row && (!r.dataset.seq || Number(r.dataset.seq) > seq));
  if (after && after.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING)
    list.insertBefore(row, after);
}
