/**
 * Returns, for members both sides have (listed in the left order, each by its position on the
 * right), which ones moved: those outside one longest run that kept its order (a longest increasing
 * subsequence), so one member taken to the front reads as one move, not as all the others moving.
 * O(n log n); does not check that the positions are distinct.
 */
export function findMovedPositions(rightPositions: readonly number[]): boolean[] {
  // tails[l]: index (into rightPositions) of the smallest last element of an increasing run of length l + 1.
  const tails: number[] = [];
  const previous = new Int32Array(rightPositions.length).fill(-1);
  rightPositions.forEach((position, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rightPositions[tails[middle]!]! < position) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1]!;
    tails[low] = index;
  });
  const moved = rightPositions.map(() => true);
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) moved[index] = false;
  return moved;
}
