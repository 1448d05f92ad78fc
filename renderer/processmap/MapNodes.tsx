/** One node component per element kind, all in the same frame with a handle in and a handle out; and the lane band behind them. */
import { Handle, type NodeProps, type NodeTypes, Position } from '@xyflow/react';
import { createContext, memo, type ReactNode, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementNode, LaneNode } from './flowModel';
import { OpenDialogContext } from './mapDialogs';

/** True while an arrow is being drawn from a handle, so that every node shows a handle it can end on. */
export const ConnectingContext = createContext(false);

function Frame({ data, selected, children }: { readonly data: ElementNode['data']; readonly selected: boolean; readonly children?: ReactNode }) {
  const { element, text, problem, responsible } = data;
  const connecting = use(ConnectingContext);
  const [pointed, setPointed] = useState(false);
  // React Flow's handles only while they can be used: under the pointer, on a selected node, and the one an arrow
  // being drawn can end on. Each keeps a subscription to React Flow's store that every frame of a pan or drag runs; a thousand
  // steps would carry two thousand. Otherwise a plain anchor stands where each would be, for React Flow to measure
  // where the arrows meet the node.
  const handles = pointed || selected;
  return (
    <div
      className={`map-node map-node--${element.kind}${selected ? ' map-node--selected' : ''}${element.problem ? ' map-node--problem' : ''}`}
      onPointerEnter={() => setPointed(true)}
      onPointerLeave={() => setPointed(false)}
    >
      {handles || connecting ? <Handle type="target" position={Position.Left} /> : <span className="map-node__anchor target" data-handlepos={Position.Left} />}
      <div className="map-node__body">
        <span className="map-node__text">{text}</span>
        {responsible ? <span className="map-node__responsible">{responsible}</span> : null}
        {problem ? (
          <span className="map-node__problem" title={problem}>
            <span aria-hidden="true">⚠</span>
            <span className="visually-hidden">{problem}</span>
          </span>
        ) : null}
        {children}
      </div>
      {handles ? <Handle type="source" position={Position.Right} /> : <span className="map-node__anchor source" data-handlepos={Position.Right} />}
    </div>
  );
}

const Plain = memo(function Plain({ data, selected }: NodeProps<ElementNode>) {
  return <Frame data={data} selected={selected} />;
});

const ChallengeCard = memo(function ChallengeCard({ data, selected }: NodeProps<ElementNode>) {
  const { t } = useTranslation();
  const open = use(OpenDialogContext);
  return (
    <Frame data={data} selected={selected}>
      <span className="map-node__count">{data.notes}</span>
      <button type="button" className="button button--small nodrag nopan map-node__notes-button" aria-label={t('processMap.tray.showNotesNamed', { label: data.text })} onClick={() => open({ kind: 'cardNotes', elementId: data.element.id })}>
        {t('processMap.tray.showNotes')}
      </button>
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
