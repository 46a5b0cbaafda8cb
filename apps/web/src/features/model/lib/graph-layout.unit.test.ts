import { describe, expect, it } from 'vitest';
import { type Dependency, type GraphGeometry, layerTasks, placeLayers } from './graph-layout.ts';

const seed = (from: string, to: string): Dependency => ({ from, to, basis: 'seed' });

const geometry: GraphGeometry = {
  nodeWidth: 100,
  nodeHeight: 40,
  layerGap: 50,
  nodeGap: 10,
  orientation: 'horizontal',
  alignment: 'chains',
};

describe('graph layout', () => {
  describe('layerTasks', () => {
    it('puts every task after all its prerequisites', () => {
      const dependencies = [seed('A', 'B'), seed('B', 'D'), seed('A', 'C'), seed('C', 'D'), seed('E', 'D')];
      const { layers } = layerTasks(['A', 'B', 'C', 'D', 'E'], dependencies);

      const layerOf = (code: string) => layers.findIndex((layer) => layer.includes(code));
      for (const { from, to } of dependencies) expect(layerOf(from)).toBeLessThan(layerOf(to));
      expect(layerOf('D')).toBe(2);
    });

    it('lists tasks without any dependency apart instead of drawing them', () => {
      const { layers, unlinked } = layerTasks(['A', 'B', 'LONE'], [seed('A', 'B')]);

      expect(layers.flat()).not.toContain('LONE');
      expect(unlinked).toEqual(['LONE']);
    });

    it('still draws tasks on a cycle', () => {
      const { layers } = layerTasks(['A', 'B', 'C'], [seed('A', 'B'), seed('B', 'C'), seed('C', 'B')]);

      expect(layers.flat().sort()).toEqual(['A', 'B', 'C']);
    });

    it('orders a layer so that two separate chains do not cross', () => {
      const dependencies = [seed('A1', 'B2'), seed('A2', 'B1')];
      const { layers } = layerTasks(['A1', 'A2', 'B1', 'B2'], dependencies);

      const [sources, targets] = layers;
      expect(sources?.indexOf('A1')).toBe(targets?.indexOf('B2'));
      expect(sources?.indexOf('A2')).toBe(targets?.indexOf('B1'));
    });
  });

  describe('placeLayers', () => {
    it('keeps a chain on one line and never overlaps nodes of a layer', () => {
      const layers = [['A', 'X'], ['B', 'Y'], ['C']];
      const { positions, width, height } = placeLayers(
        layers,
        [seed('A', 'B'), seed('B', 'C'), seed('X', 'Y')],
        geometry,
      );

      expect(positions.get('B')?.y).toBe(positions.get('A')?.y);
      expect(positions.get('C')?.y).toBe(positions.get('A')?.y);
      expect(positions.get('Y')?.y).toBe(50);
      expect(positions.get('C')?.x).toBe(300);
      expect(width).toBe(400);
      expect(height).toBe(90);
    });

    it('centres each layer on the tallest one', () => {
      const { positions, height } = placeLayers([['P1', 'P2', 'P3'], ['T'], ['D1', 'D2']], [], {
        ...geometry,
        alignment: 'centre',
      });

      expect(positions.get('T')).toEqual({ x: 150, y: 50 });
      expect(positions.get('D1')?.y).toBe(25);
      expect(height).toBe(140);
    });

    it('puts every node in one column, layer after layer, with room for the arcs on the right', () => {
      const { positions, width, height } = placeLayers([['P1', 'P2'], ['T'], ['D']], [], {
        ...geometry,
        orientation: 'column',
      });

      expect([...positions.values()].map(({ x }) => x)).toEqual([0, 0, 0, 0]);
      expect([...positions.keys()]).toEqual(['P1', 'P2', 'T', 'D']);
      expect(positions.get('T')?.y).toBe(100);
      expect(width).toBe(150);
      expect(height).toBe(190);
    });
  });
});
