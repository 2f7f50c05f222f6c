import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { roundedPath } from '../../../../../shared/layout/connectorRoute';
import type { Point } from '../../../../../shared/layout/curve';

export type RoutedEdgeType = Edge<{ points: Point[] }, 'routed'>;

/**
 * A connector drawn along the orthogonal route shared/layout computed around the other cards
 * (the exports draw the same one). Falls back to a straight line while the route is unknown.
 */
export const RoutedEdge = memo(function RoutedEdge({
  data,
  sourceX,
  sourceY,
  targetX,
  targetY,
  markerEnd,
  style,
  interactionWidth,
}: EdgeProps<RoutedEdgeType>) {
  const points =
    data?.points && data.points.length > 1
      ? data.points
      : [
          { x: sourceX, y: sourceY },
          { x: targetX, y: targetY },
        ];
  return (
    <BaseEdge
      path={roundedPath(points)}
      {...(markerEnd ? { markerEnd } : {})}
      {...(style ? { style } : {})}
      {...(interactionWidth === undefined ? {} : { interactionWidth })}
    />
  );
});

export const edgeTypes = { routed: RoutedEdge };
