// A blank Phaser game with the table's renderer choice, for the client bench: its first
// frame is the floor under the board's first frame (Phaser's own start-up cost).
import * as Phaser from 'phaser';
import { chooseRenderer } from './board';

export function mountBlank(host: HTMLElement): void {
  const game = new Phaser.Game({
    type: chooseRenderer(new URLSearchParams(location.search).get('renderer')),
    parent: host,
    width: host.clientWidth || 800,
    height: host.clientHeight || 500,
    audio: { noAudio: true },
    banner: false,
  });
  game.events.once('postrender', () => performance.mark('ngg:blank-frame'));
}
