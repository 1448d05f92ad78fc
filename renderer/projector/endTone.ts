/**
 * The timer's end signal as sound: two soft sine notes with a slow fade,
 * made in WebAudio so no audio file is loaded (the CSP allows none from
 * outside, and a file would need its own licence).
 */
const NOTES = [
  { frequency: 659.25, at: 0 },
  { frequency: 880, at: 0.45 },
] as const;
const PEAK_GAIN = 0.16;
const FADE_SECONDS = 1.6;

export function playEndTone(context: AudioContext): void {
  const start = context.currentTime + 0.05;
  for (const { frequency, at } of NOTES) {
    const begin = start + at;
    const oscillator = context.createOscillator();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    const gain = context.createGain();
    gain.gain.setValueAtTime(0.0001, begin);
    gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, begin + 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, begin + FADE_SECONDS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(begin);
    oscillator.stop(begin + FADE_SECONDS + 0.1);
  }
}
