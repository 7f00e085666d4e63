// Small assertions, and a list that gathers every failure of a flow before it fails, so one run shows them all.

export function forvent(betingelse, melding) {
  if (!betingelse) {
    throw new Error(melding);
  }
}

export class Feilliste {
  constructor() {
    this.feil = [];
  }

  legg(melding) {
    this.feil.push(melding);
  }

  /** Fails with all gathered messages, if any. */
  avslutt(overskrift) {
    if (this.feil.length > 0) {
      throw new Error(`${overskrift} (${this.feil.length}):\n${this.feil.join('\n')}`);
    }
  }
}
