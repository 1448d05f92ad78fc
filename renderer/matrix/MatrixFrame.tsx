import { type ReactNode, type Ref } from 'react';
import { quadrants, type Quadrant } from '../../shared/matrix/quadrant';
import type { MatrixLabels } from '../../shared/matrix/schema';

export interface MatrixFrameProps {
  readonly labels: MatrixLabels;
  /** The box the items are placed in; drops are measured against it. */
  readonly boxRef?: Ref<HTMLDivElement>;
  /** Shows the key (1–4) that sends a focused item to each field. */
  readonly showKeys?: boolean;
  readonly highlight?: boolean;
  /** What a field holds below its name (the summary's packed cards). */
  readonly fieldContent?: (quadrant: Quadrant) => ReactNode;
  /** Laid over the whole box (the working matrix's cards). */
  readonly children?: ReactNode;
}

/**
 * The picture of the four-field scale: enkel at the top, komplex at the
 * bottom, kort sikt left, lång sikt right. The axis words are visible text;
 * the field names sit in the corners of their fields. Both the working
 * matrix and the summary's printed copy use it.
 */
export function MatrixFrame({ labels, boxRef, showKeys = false, highlight = false, fieldContent, children }: MatrixFrameProps) {
  return (
    <div className="matrix-frame">
      <div className="matrix-frame__y" aria-hidden="true">
        <span>{labels.simple}</span>
        <span className="matrix-frame__arrow matrix-frame__arrow--y" />
        <span>{labels.complex}</span>
      </div>
      <div ref={boxRef} className={highlight ? 'matrix-box matrix-box--over' : 'matrix-box'}>
        {quadrants.map((quadrant, index) => (
          <div key={quadrant} className={`matrix-box__field matrix-box__field--${quadrant}`} data-quadrant={quadrant}>
            <span className="matrix-box__field-name" aria-hidden="true">
              {showKeys ? <kbd className="matrix-box__key">{index + 1}</kbd> : null}
              {labels.quadrants[quadrant]}
            </span>
            {fieldContent?.(quadrant)}
          </div>
        ))}
        {children}
      </div>
      <div className="matrix-frame__x" aria-hidden="true">
        <span>{labels.shortTerm}</span>
        <span className="matrix-frame__arrow matrix-frame__arrow--x" />
        <span>{labels.longTerm}</span>
      </div>
    </div>
  );
}
