import { type CSSProperties, type MouseEvent, useId } from 'react';
import { useNavigate } from 'react-router';
import { type Dependency, edgePath, type GraphGeometry, placeLayers } from '../lib/graph-layout.ts';
import { modelPaths } from '../paths.ts';
import classes from './dependency-graph.module.css';

export interface GraphTask {
  code: string;
  name: string;
  group: string;
}

interface DependencyGraphProps {
  label: string;
  layers: readonly (readonly string[])[];
  dependencies: readonly Dependency[];
  tasks: ReadonlyMap<string, GraphTask>;
  geometry: GraphGeometry;
  /** The task whose page this is: drawn filled and marked as the current page. */
  current?: string;
  /** How many lines of a task's name fit in its node; the full name is the link's accessible name. */
  nameLines: number;
}

/** Padding around the drawing so that focus rings and arrow heads at the edges are not clipped. */
const MARGIN = 6;

/** Tasks as boxes that link to their pages, dependencies as arrows; `reading` arrows are dashed. */
export function DependencyGraph({
  label,
  layers,
  dependencies,
  tasks,
  geometry,
  current,
  nameLines,
}: DependencyGraphProps) {
  const arrowId = useId();
  const navigate = useNavigate();
  const { width, height, positions } = placeLayers(layers, dependencies, geometry);

  const followInApp = (event: MouseEvent, path: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(path);
  };

  return (
    <div className={classes.scroller}>
      <svg
        className={classes.graph}
        aria-label={label}
        width={width + 2 * MARGIN}
        height={height + 2 * MARGIN}
        viewBox={`${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}`}
      >
        <defs>
          <marker id={arrowId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">
            <path d="M 0 0 L 10 5 L 0 10 z" className={classes.arrowHead} />
          </marker>
        </defs>
        {dependencies.map(({ from, to, basis }) => {
          const start = positions.get(from);
          const end = positions.get(to);
          if (!start || !end) return null;
          return (
            <path
              key={`${from}→${to}`}
              d={edgePath(start, end, geometry)}
              className={basis === 'reading' ? `${classes.edge} ${classes.reading}` : classes.edge}
              markerEnd={`url(#${arrowId})`}
            />
          );
        })}
        {layers.flat().map((code) => {
          const task = tasks.get(code);
          const position = positions.get(code);
          if (!task || !position) return null;
          const path = modelPaths.task(code);
          return (
            <a
              key={code}
              href={path}
              onClick={(event) => followInApp(event, path)}
              className={classes.node}
              data-group={task.group}
              aria-label={`${code} ${task.name}`}
              aria-current={code === current ? 'page' : undefined}
            >
              <title>{`${code} ${task.name}`}</title>
              <rect
                className={classes.focusRing}
                x={position.x - 4}
                y={position.y - 4}
                width={geometry.nodeWidth + 8}
                height={geometry.nodeHeight + 8}
                rx={10}
              />
              <rect
                className={classes.box}
                x={position.x}
                y={position.y}
                width={geometry.nodeWidth}
                height={geometry.nodeHeight}
                rx={6}
              />
              <foreignObject x={position.x} y={position.y} width={geometry.nodeWidth} height={geometry.nodeHeight}>
                <div className={classes.label} style={{ '--name-lines': nameLines } as CSSProperties}>
                  <strong>{code}</strong> <span className={classes.name}>{task.name}</span>
                </div>
              </foreignObject>
            </a>
          );
        })}
      </svg>
    </div>
  );
}
