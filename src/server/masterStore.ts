// The store as boardgame.io's master sees it for one move. Its reads of the state and the
// metadata get what the transport has just read for its own checks (the store's
// compare-and-set refuses the write if either is no longer current). It writes the state
// and the match's metadata at once; here the metadata follows only a state write that the
// compare-and-set accepted, and it is merged (updatedAt, gameover) rather than replacing
// the seats' presence another instance may have just set.
import type { Server, State, StorageAPI } from 'boardgame.io';
import type { MatchStore } from './matchStore';

export function writeOrder(
  store: MatchStore,
  read: { state: State; metadata: Server.MatchData },
  now: () => number = Date.now,
): { store: MatchStore; written: () => State | undefined } {
  let stateWrite: Promise<void> | undefined;
  let written: State | undefined;
  const wrapped = Object.create(store) as MatchStore & Record<string, unknown>;
  wrapped.fetch = <O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> => {
    if (opts.log === true || opts.initialState === true) return store.fetch(matchID, opts);
    const out = {
      ...(opts.state === true ? { state: read.state } : {}),
      ...(opts.metadata === true ? { metadata: read.metadata } : {}),
    };
    return Promise.resolve(out as StorageAPI.FetchResult<O>);
  };
  wrapped.setState = (matchID: string, state: State, deltalog?: Parameters<MatchStore['setState']>[2]) => {
    stateWrite = store.setState(matchID, state, deltalog).then(() => {
      written = state;
    });
    return stateWrite;
  };
  wrapped.setMetadata = async (matchID: string, metadata: Server.MatchData) => {
    if (stateWrite === undefined) return;
    await stateWrite;
    // The server's own clock, not the master's Date.now: the purge and the lobby read it.
    await store.touch(matchID, now(), metadata.gameover);
  };
  return { store: wrapped, written: () => written };
}
