// A pipeline of stages whose order the types check: each stage names the fields it reads and
// returns the fields it sets, and `then` accepts a stage only when the stages before it set every
// field it reads. A stage placed before the one that sets what it reads is a compile error, not a
// runtime surprise.
import type { ParseContext } from '../context.js';

/** One step: reads `Needs` from the state built so far, returns the fields `Gives` it adds. */
export interface Stage<Needs, Gives> {
  readonly name: string;
  // A property, not a method: its parameter is then checked contravariantly (strictFunctionTypes).
  readonly run: (state: Readonly<Needs>) => Gives;
}

/** What every pipeline starts from. */
export interface Start {
  readonly ctx: ParseContext;
}

/** Stages in order; `S0` is the state they start from, `S` the state after the last of them. */
export class Pipeline<S0 extends object, S> {
  private constructor(private readonly stages: ReadonlyArray<Stage<never, object>>) {}

  static start<S0 extends object>(): Pipeline<S0, S0> {
    return new Pipeline<S0, S0>([]);
  }

  /** Append a stage that reads only what the stages so far set. */
  then<G extends object>(stage: Stage<S, G>): Pipeline<S0, S & G> {
    return new Pipeline<S0, S & G>([...this.stages, stage as unknown as Stage<never, object>]);
  }

  /** Stage names in order. */
  get names(): string[] {
    return this.stages.map((s) => s.name);
  }

  /** Run every stage in order over `initial`; each one's fields are added to the state. */
  run(initial: S0): S {
    const state = { ...initial } as Record<string, unknown>;
    for (const stage of this.stages) Object.assign(state, stage.run(state as never));
    return state as S;
  }
}
