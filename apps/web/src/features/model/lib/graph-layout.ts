import type { DependencyBasis } from '@saimnieks/contracts/model';

export interface Dependency {
  from: string;
  to: string;
  basis: DependencyBasis;
}

export interface Point {
  x: number;
  y: number;
}

export interface GraphGeometry {
  nodeWidth: number;
  nodeHeight: number;
  /** Space between two layers, where the arrows run; in a column, the room for the arcs beside it. */
  layerGap: number;
  /** Space between two nodes of one layer. */
  nodeGap: number;
  /**
   * `horizontal`: layers run left to right.
   * `column`: every node in one column, layer after layer, the arrows as arcs on its right (for narrow screens).
   */
  orientation: 'horizontal' | 'column';
  /**
   * `centre`: each layer is centred on the tallest one (a task between its neighbours).
   * `chains`: a node sits level with its prerequisites where it can, so chains of tasks read as straight lines.
   */
  alignment: 'centre' | 'chains';
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Top-left corner of each node. */
  positions: Map<string, Point>;
}

/**
 * Splits tasks into layers so that every dependency points to a later layer (longest path from the sources),
 * and leaves out tasks without any dependency: they belong in a list, not in a drawing of arrows.
 */
export function layerTasks(codes: readonly string[], dependencies: readonly Dependency[]) {
  const linked = new Set(dependencies.flatMap(({ from, to }) => [from, to]));
  const graphCodes = codes.filter((code) => linked.has(code));
  const layerOf = new Map<string, number>();
  const pendingPrerequisites = new Map(graphCodes.map((code) => [code, 0]));
  for (const { to } of dependencies) pendingPrerequisites.set(to, (pendingPrerequisites.get(to) ?? 0) + 1);

  let ready = graphCodes.filter((code) => pendingPrerequisites.get(code) === 0);
  for (const code of ready) layerOf.set(code, 0);
  while (ready.length > 0) {
    const next: string[] = [];
    for (const code of ready) {
      for (const { from, to } of dependencies) {
        if (from !== code) continue;
        layerOf.set(to, Math.max(layerOf.get(to) ?? 0, (layerOf.get(code) ?? 0) + 1));
        const pending = (pendingPrerequisites.get(to) ?? 0) - 1;
        pendingPrerequisites.set(to, pending);
        if (pending === 0) next.push(to);
      }
    }
    ready = next;
  }

  const layerCount = Math.max(0, ...layerOf.values()) + 1;
  // Tasks on a cycle never become ready; an editable model may create one, and they must still be drawn.
  const cyclic = graphCodes.filter((code) => pendingPrerequisites.get(code) !== 0);
  const layers: string[][] = Array.from({ length: layerCount }, () => []);
  for (const code of graphCodes) if (!cyclic.includes(code)) layers[layerOf.get(code) ?? 0]?.push(code);
  if (cyclic.length > 0) layers.push(cyclic);

  return {
    layers: orderToReduceCrossings(
      layers.filter((layer) => layer.length > 0),
      dependencies,
    ),
    unlinked: codes.filter((code) => !linked.has(code)),
  };
}

/** The barycentre heuristic: sweeps down and up a few times, sorting each layer by its neighbours' mean position. */
function orderToReduceCrossings(layers: string[][], dependencies: readonly Dependency[]): string[][] {
  const ordered = layers.map((layer) => [...layer]);
  const sortByNeighbours = (layerIndex: number, neighbourIndex: number, neighboursOf: (code: string) => string[]) => {
    const layer = ordered[layerIndex];
    const neighbourLayer = ordered[neighbourIndex];
    if (!layer || !neighbourLayer) return;
    const meanPosition = new Map(
      layer.map((code, index) => {
        const positions = neighboursOf(code)
          .map((neighbour) => neighbourLayer.indexOf(neighbour))
          .filter((position) => position >= 0);
        const mean = positions.length > 0 ? positions.reduce((sum, p) => sum + p, 0) / positions.length : undefined;
        // Scaled so that a node without neighbours keeps its place relative to the others.
        return [code, mean ?? (index / layer.length) * neighbourLayer.length];
      }),
    );
    layer.sort((a, b) => (meanPosition.get(a) ?? 0) - (meanPosition.get(b) ?? 0));
  };
  const prerequisitesOf = (code: string) => dependencies.filter(({ to }) => to === code).map(({ from }) => from);
  const dependantsOf = (code: string) => dependencies.filter(({ from }) => from === code).map(({ to }) => to);

  // Ends on a downward sweep: every layer then follows its prerequisites, which `chains` placement relies on.
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let index = ordered.length - 2; index >= 0; index--) sortByNeighbours(index, index + 1, dependantsOf);
    for (let index = 1; index < ordered.length; index++) sortByNeighbours(index, index - 1, prerequisitesOf);
  }
  return ordered;
}

/** Places the nodes of ordered layers; coordinates are SVG user units. */
export function placeLayers(
  layers: readonly (readonly string[])[],
  dependencies: readonly Dependency[],
  geometry: GraphGeometry,
): GraphLayout {
  const { nodeWidth, nodeHeight, layerGap, nodeGap, alignment } = geometry;
  if (geometry.orientation === 'column') {
    const positions = new Map(layers.flat().map((code, index) => [code, { x: 0, y: index * (nodeHeight + nodeGap) }]));
    const count = positions.size;
    return { width: nodeWidth + layerGap, height: count * nodeHeight + Math.max(0, count - 1) * nodeGap, positions };
  }
  const slot = nodeHeight + nodeGap;

  // `along`: position within the layer, top to bottom.
  const along = new Map<string, number>();
  if (alignment === 'chains') {
    for (const layer of layers) {
      let nextFree = 0;
      for (const code of layer) {
        const prerequisites = dependencies.filter(({ to }) => to === code).map(({ from }) => along.get(from));
        const placed = prerequisites.filter((position) => position !== undefined);
        const wanted = placed.length > 0 ? placed.reduce((sum, p) => sum + p, 0) / placed.length : nextFree;
        const position = Math.max(wanted, nextFree);
        along.set(code, position);
        nextFree = position + slot;
      }
    }
  } else {
    const tallest = Math.max(...layers.map((layer) => layer.length));
    for (const layer of layers) {
      const offset = ((tallest - layer.length) * slot) / 2;
      layer.forEach((code, index) => {
        along.set(code, offset + index * slot);
      });
    }
  }

  const positions = new Map<string, Point>();
  layers.forEach((layer, layerIndex) => {
    for (const code of layer) positions.set(code, { x: layerIndex * (nodeWidth + layerGap), y: along.get(code) ?? 0 });
  });
  return {
    width: layers.length * nodeWidth + Math.max(0, layers.length - 1) * layerGap,
    height: Math.max(0, ...along.values()) + nodeHeight,
    positions,
  };
}

/** A smooth arrow from the outgoing side of one node to the incoming side of the next. */
export function edgePath(from: Point, to: Point, geometry: GraphGeometry): string {
  const { nodeWidth, nodeHeight, layerGap } = geometry;
  if (geometry.orientation === 'column') {
    // Both ends on the right side; the arc bulges further the further apart the nodes are, so arcs nest.
    const x = from.x + nodeWidth;
    const startY = from.y + nodeHeight / 2;
    const endY = to.y + nodeHeight / 2;
    const bulge = Math.min(layerGap - 4, 16 + Math.abs(endY - startY) / 6);
    return `M ${x} ${startY} C ${x + bulge} ${startY}, ${x + bulge} ${endY}, ${x} ${endY}`;
  }
  const start = { x: from.x + nodeWidth, y: from.y + nodeHeight / 2 };
  const end = { x: to.x, y: to.y + nodeHeight / 2 };
  const bend = (end.x - start.x) / 2;
  return `M ${start.x} ${start.y} C ${start.x + bend} ${start.y}, ${end.x - bend} ${end.y}, ${end.x} ${end.y}`;
}
