// The slice of boardgame.io's seeded random plugin the rules use. Every random
// choice goes through it, so one seed and one list of moves replay one game.
export interface Rng {
  Number(): number;
  Shuffle<T>(deck: T[]): T[];
  D6(): number;
}
