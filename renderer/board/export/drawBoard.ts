/**
 * The board as a PNG, painted on a canvas with the same layout functions
 * as the screen: frames with heading and count, notes with wrapped text and
 * author. No DOM snapshot (no foreignObject), so nothing outside the board
 * and nothing from the network can end up in the picture.
 */
import { NOTE_HEIGHT, NOTE_WIDTH, CLUSTER_HEADER, occupiedRects, boundingBox, type Rect } from '../../../shared/board/layout';
import type { Translate } from '../../i18n/translate';
import type { NoteLook } from '../canvas/noteLook';
import type { BoardModel } from '../model/boardModel';
import { NOTE_MUTED_TEXT, NOTE_TEXT, papers } from '../model/palette';
import { wrapText } from './wrapText';

const MARGIN = 40;
const MAX_SIDE = 8192;
const MAX_AREA = 40_000_000;
const FONT = 'system-ui, "Segoe UI", Roboto, Arial, sans-serif';
const PAD = 10;
const TEXT_SIZE = 14;
const LINE = 18;
const AUTHOR_SIZE = 11;

function roundRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.width, r.height, radius);
}

function ellipsize(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function drawBoard(canvas: HTMLCanvasElement, model: BoardModel, look: NoteLook, t: Translate): void {
  const box = boundingBox(occupiedRects(model.layout)) ?? { x: 0, y: 0, width: NOTE_WIDTH, height: NOTE_HEIGHT };
  const width = box.width + 2 * MARGIN;
  const height = box.height + 2 * MARGIN;
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context');
  ctx.scale(scale, scale);
  ctx.translate(MARGIN - box.x, MARGIN - box.y);
  ctx.fillStyle = '#f3f6f6';
  ctx.fillRect(box.x - MARGIN, box.y - MARGIN, width, height);
  ctx.textBaseline = 'top';

  for (const cluster of model.clusters) {
    const frame = model.layout.clusters.get(cluster.id);
    if (!frame) continue;
    roundRect(ctx, frame, 10);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#8a9a99';
    ctx.stroke();
    const count = t('clusters.count', { count: model.members.get(cluster.id)?.length ?? 0 });
    ctx.font = `400 13px ${FONT}`;
    const countWidth = ctx.measureText(count).width;
    ctx.fillStyle = NOTE_MUTED_TEXT;
    ctx.fillText(count, frame.x + frame.width - PAD - 4 - countWidth, frame.y + 17);
    ctx.font = `700 18px ${FONT}`;
    ctx.fillStyle = NOTE_TEXT;
    ctx.fillText(ellipsize(ctx, cluster.heading, frame.width - 3 * PAD - countWidth - 8), frame.x + PAD + 4, frame.y + (CLUSTER_HEADER - 22) / 2);
  }

  for (const note of model.notes) {
    const at = model.layout.notes.get(note.id);
    if (!at) continue;
    const rect = { x: at.x, y: at.y, width: NOTE_WIDTH, height: NOTE_HEIGHT };
    const paper = papers[look.paper(note)];
    roundRect(ctx, rect, 4);
    ctx.fillStyle = paper.fill;
    ctx.fill();
    ctx.lineWidth = 1;
    ctx.strokeStyle = paper.edge;
    ctx.stroke();
    ctx.font = `400 ${TEXT_SIZE}px ${FONT}`;
    ctx.fillStyle = NOTE_TEXT;
    const maxLines = Math.floor((NOTE_HEIGHT - 2 * PAD - AUTHOR_SIZE - 6) / LINE);
    wrapText(note.text, NOTE_WIDTH - 2 * PAD, maxLines, (s) => ctx.measureText(s).width).forEach((line, i) => {
      ctx.fillText(line, at.x + PAD, at.y + PAD + i * LINE);
    });
    const badge = look.badge(note);
    const author = badge ? `${look.authorName(note)} · ${badge}` : look.authorName(note);
    ctx.font = `600 ${AUTHOR_SIZE}px ${FONT}`;
    ctx.fillStyle = NOTE_MUTED_TEXT;
    ctx.fillText(ellipsize(ctx, author, NOTE_WIDTH - 2 * PAD), at.x + PAD, at.y + NOTE_HEIGHT - PAD - AUTHOR_SIZE);
  }
}

export function boardPng(model: BoardModel, look: NoteLook, t: Translate): Promise<Blob> {
  const canvas = document.createElement('canvas');
  drawBoard(canvas, model, look, t);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The board picture could not be made'))), 'image/png');
  });
}
