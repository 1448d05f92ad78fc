/**
 * Checks a participant in the form before it is sent, with the same schema
 * the core uses, so an empty or too long field is reported at once. The
 * failure has the shape of the core's own, so one path shows both.
 */
import { ParticipantFields } from '../../shared/participant/schema';
import { ApiFailure } from '../api/ApiFailure';

export function validateParticipant(input: unknown): ParticipantFields {
  const parsed = ParticipantFields.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ApiFailure({ code: 'validation_failed', message: 'Invalid participant', details: parsed.error.issues });
}
