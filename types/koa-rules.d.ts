// For the rules tsconfig only: boardgame.io's shared types name Koa (for its server's
// context), and the real Koa types pull in all of Node's. The rules never touch a server,
// so this stand-in gives the names those types mention and nothing of Node.
declare namespace Koa {
  type DefaultState = Record<string, unknown>;
  type DefaultContext = Record<string, unknown>;
}
declare class Koa<State = Koa.DefaultState, Context = Koa.DefaultContext> {
  private readonly brand: [State, Context];
}
export = Koa;
