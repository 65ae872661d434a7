/**
 * A short chime through WebAudio: `times` soft bells, for half-time (one)
 * and the end of a round (two). The browser may refuse sound before the page
 * has been used (autoplay rules) or have no audio at all; then the round view
 * still flashes, which is the signal that always shows.
 */
let context: AudioContext | null = null;

export function chime(times: number): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime;
    for (let i = 0; i < times; i++) {
      const at = start + i * 0.45;
      const bell = context.createOscillator();
      const volume = context.createGain();
      bell.type = 'sine';
      bell.frequency.value = 880;
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
      bell.connect(volume).connect(context.destination);
      bell.start(at);
      bell.stop(at + 0.7);
    }
  } catch {
    // No sound available: the flash on screen is enough.
  }
}
