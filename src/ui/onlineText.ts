// The words of the online screens (lobby, invite, waiting room, the online strip over
// the table, rematch), read from the locales (src/i18n, section `online`) each time one
// is used, so a change of language shows at the next render. Functions take what they
// fill in.
import { t } from '../i18n/index';
import type { ServerRefusal } from '../online/reasons';
import { serverReason } from './serverText';

const o = (key: string, vars?: Record<string, string | number>): string => t(`online.${key}`, vars);

export const ONLINE_TEXT = {
  get kicker() {
    return t('menu.title');
  },
  get lobbyTitle() {
    return o('lobbyTitle');
  },
  get lobbyLede() {
    return o('lobbyLede');
  },
  get backToMenu() {
    return o('backToMenu');
  },
  get yourName() {
    return o('yourName');
  },
  get namePlaceholder() {
    return o('namePlaceholder');
  },
  get nameNeeded() {
    return o('nameNeeded');
  },
  get createTitle() {
    return o('createTitle');
  },
  get scenario() {
    return o('scenario');
  },
  get players() {
    return o('players');
  },
  get playersTwo() {
    return o('playersTwo');
  },
  get playersThree() {
    return o('playersThree');
  },
  get yourSide() {
    return o('yourSide');
  },
  seatPlayer: (role: string) => o('seatPlayer', { role }),
  get person() {
    return o('person');
  },
  computer: (level: string) => o('computer', { level }),
  get timer() {
    return o('timer');
  },
  get timerOff() {
    return o('timerOff');
  },
  timerSeconds: (s: number) => (s < 60 ? o('timerSeconds', { n: s }) : o('timerMinutes', { n: s / 60 })),
  get listing() {
    return o('listing');
  },
  get listed() {
    return o('listed');
  },
  get unlisted() {
    return o('unlisted');
  },
  get create() {
    return o('create');
  },
  get creating() {
    return o('creating');
  },
  get openTitle() {
    return o('openTitle');
  },
  get refresh() {
    return o('refresh');
  },
  get noOpen() {
    return o('noOpen');
  },
  get loading() {
    return o('loading');
  },
  get free() {
    return o('free');
  },
  joinAs: (role: string) => o('joinAs', { role }),
  returnTo: (role: string) => o('returnTo', { role }),
  get watch() {
    return o('watch');
  },
  seatLine: (role: string, who: string) => o('seatLine', { role, who }),
  matchRounds: (title: string, players: number) => o('matchRounds', { title, players }),
  timed: (s: number) => (s < 60 ? o('timedSeconds', { n: s }) : o('timedMinutes', { n: s / 60 })),
  get inviteTitle() {
    return o('inviteTitle');
  },
  get inviteFull() {
    return o('inviteFull');
  },
  get notFound() {
    return o('notFound');
  },
  failed: (why: string) => o('failed', { why }),
  get joining() {
    return o('joining');
  },
  // The waiting room
  get waitingTitle() {
    return o('waitingTitle');
  },
  get waitingNote() {
    return o('waitingNote');
  },
  get inviteLink() {
    return o('inviteLink');
  },
  get copy() {
    return o('copy');
  },
  get copied() {
    return o('copied');
  },
  get copyFailed() {
    return o('copyFailed');
  },
  get leave() {
    return o('leave');
  },
  get toLobby() {
    return o('toLobby');
  },
  get connected() {
    return o('connected');
  },
  get disconnected() {
    return o('disconnected');
  },
  get waitingSeat() {
    return o('waitingSeat');
  },
  get you() {
    return o('you');
  },
  // The strip over the table
  get stripLabel() {
    return o('stripLabel');
  },
  get watching() {
    return o('watching');
  },
  playingAs: (role: string) => o('playingAs', { role }),
  presence: (role: string, name: string, state: string) => o('presence', { role, name, state }),
  gone: (role: string) => o('gone', { role }),
  isBack: (role: string) => o('isBack', { role }),
  clock: (role: string, time: string) => o('clock', { role, time }),
  clockMine: (time: string) => o('clockMine', { time }),
  timedOut: (role: string) => o('timedOut', { role }),
  get offline() {
    return o('offline');
  },
  // The server's refusals come as a code with its parameters beside the English sentence;
  // the code picks the player's words.
  refused: (refusal: ServerRefusal | undefined) => serverReason(refusal),
  // Rematch
  get rematch() {
    return o('rematch');
  },
  get rematchWanted() {
    return o('rematchWanted');
  },
  get rematchWatch() {
    return o('rematchWatch');
  },
  get noRematchYet() {
    return o('noRematchYet');
  },
  rematchAs: (role: string) => o('rematchAs', { role }),
};

export const BOT_LEVEL_NAME: Readonly<Record<string, string>> = {
  get random() {
    return o('level.random');
  },
  get easy() {
    return o('level.easy');
  },
  get standard() {
    return o('level.standard');
  },
  get hard() {
    return o('level.hard');
  },
};
