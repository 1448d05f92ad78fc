import { z } from 'zod';
import { multiLine, singleLine, timestamp } from '../common/schema';
import { Participant, ParticipantId } from '../participant/schema';
import { WorkshopId } from '../workshop/schema';

export const NOTE_MAX_LENGTH = 500;
export const STRENGTHS_MAX = 12;

/** Six paper colours; each pairs with dark text at WCAG AA contrast (see renderer tokens). */
export const noteColours = ['yellow', 'pink', 'blue', 'green', 'orange', 'purple'] as const;
export const NoteColour = z.enum(noteColours);
export type NoteColour = z.infer<typeof NoteColour>;
/** The paper a new note is written on until the writer picks another. */
export const NEW_NOTE_COLOUR: NoteColour = 'yellow';

export const colourModes = ['note', 'huvudman'] as const;
export const ColourMode = z.enum(colourModes);
export type ColourMode = z.infer<typeof ColourMode>;

export const NoteId = z.uuid().brand<'NoteId'>();
export type NoteId = z.infer<typeof NoteId>;
export const ClusterId = z.uuid().brand<'ClusterId'>();
export type ClusterId = z.infer<typeof ClusterId>;

/** Board coordinates in CSS pixels at zoom 1; kept within a generous canvas. */
export const Coordinate = z.number().finite().min(-100_000).max(100_000);

export const NoteText = multiLine(NOTE_MAX_LENGTH).min(1);

export const Note = z.object({
  id: NoteId,
  workshopId: WorkshopId,
  text: z.string(),
  colour: NoteColour,
  authorId: ParticipantId.nullable(),
  clusterId: ClusterId.nullable(),
  /** Free position; ignored while the note sits in a cluster, which lays it out. */
  x: z.number(),
  y: z.number(),
  /** Sort key inside its cluster. */
  rank: z.number(),
  /** Written privately: the room's screen shows a blank card until the facilitator turns it over. */
  faceDown: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Note = z.infer<typeof Note>;

export const ClusterHeading = singleLine(120).min(1);
export const ClusterDescription = multiLine(4000);
export const Strengths = z.array(singleLine(200).min(1)).max(STRENGTHS_MAX);

export const Cluster = z.object({
  id: ClusterId,
  workshopId: WorkshopId,
  heading: z.string(),
  description: z.string(),
  strengths: z.array(z.string()),
  x: z.number(),
  y: z.number(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Cluster = z.infer<typeof Cluster>;

export const Board = z.object({
  workshopId: WorkshopId,
  colourMode: ColourMode,
  participants: z.array(Participant),
  notes: z.array(Note),
  clusters: z.array(Cluster),
});
export type Board = z.infer<typeof Board>;

export const Position = z.object({ x: Coordinate, y: Coordinate }).strict();

export const SuggestedCluster = z.object({
  heading: z.string(),
  noteIds: z.array(NoteId),
});
export type SuggestedCluster = z.infer<typeof SuggestedCluster>;

export const ExportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type ExportFile = z.infer<typeof ExportFile>;
