/** One node component per element kind, all in the same frame with a handle in and a handle out; and the lane band behind them. */
import { Handle, type NodeProps, type NodeTypes, Position } from '@xyflow/react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementNode, LaneNode } from './flowModel';

function Frame({ data, selected, children }: { readonly data: ElementNode['data']; readonly selected: boolean; readonly children?: ReactNode }) {
  const { t } = useTranslation();
  const { element, text } = data;
  return (
    <div className={`map-node map-node--${element.kind}${selected ? ' map-node--selected' : ''}${element.problem ? ' map-node--problem' : ''}`}>
      <Handle type="target" position={Position.Left} />
      <div className="map-node__body">
        <span className="map-node__text">{text}</span>
        {element.responsible ? <span className="map-node__responsible">{element.responsible}</span> : null}
        {element.problem ? <span className="map-node__problem">{t('processMap.canvas.problem')}</span> : null}
        {children}
      </div>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const Plain = memo(function Plain({ data, selected }: NodeProps<ElementNode>) {
  return <Frame data={data} selected={selected} />;
});

const ChallengeCard = memo(function ChallengeCard({ data, selected }: NodeProps<ElementNode>) {
  return (
    <Frame data={data} selected={selected}>
      <span className="map-node__count">{data.notes}</span>
    </Frame>
  );
});

const LaneBand = memo(function LaneBand({ data }: NodeProps<LaneNode>) {
  return (
    <div className={`map-lane${data.even ? ' map-lane--even' : ''}${data.target ? ' map-lane--target' : ''}`}>
      <div className="map-lane__name">{data.name}</div>
    </div>
  );
});

/** Step, decision, start/end, document and comment differ by their class (shape); the card also shows its note count. */
export const mapNodeTypes: NodeTypes = {
  lane: LaneBand,
  step: Plain,
  decision: Plain,
  start: Plain,
  end: Plain,
  document: Plain,
  comment: Plain,
  challenge: ChallengeCard,
};
