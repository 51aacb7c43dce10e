import type { KeyboardEvent } from 'react';

type ChoiceKeys<T> = {
  /** The choice a digit key picks, or undefined where that digit picks nothing. */
  choiceFor: (digit: number) => T | undefined;
  onChoose: (choice: T) => void;
  onConfirm: () => void;
  /** False while the dialog holds its keys (see useKeyGate): digits and Enter then do nothing. */
  accepts?: () => boolean;
};

/**
 * The keyboard of a dialog whose form is mostly one radio group (办结, 好差评): a digit picks a choice
 * and moves the focus to its radio, unless the clerk is typing in a text field; Enter confirms, but not
 * on a button (Enter presses it) nor in a multi-line note, where Enter is a new line and Ctrl+Enter
 * confirms.
 */
export const choiceFormKeys =
  <T extends string | number>({ choiceFor, onChoose, onConfirm, accepts }: ChoiceKeys<T>) =>
  (event: KeyboardEvent<HTMLFormElement>) => {
    const { target } = event;
    const typing =
      target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type === 'text');
    const answering = event.key === 'Enter' || (!typing && /^\d$/.test(event.key));
    if (answering && (event.repeat || (accepts && !accepts()))) {
      // Held: a key typed ahead (or held down) is not an answer to this dialog.
      event.preventDefault();
      return;
    }
    const choice = typing || event.altKey || event.ctrlKey ? undefined : choiceFor(Number(event.key));
    if (choice !== undefined) {
      event.preventDefault();
      onChoose(choice);
      event.currentTarget
        .querySelector<HTMLInputElement>(`input[type="radio"][value="${String(choice)}"]`)
        ?.focus();
      return;
    }
    if (
      event.key === 'Enter' &&
      !(target instanceof HTMLButtonElement) &&
      (!(target instanceof HTMLTextAreaElement) || event.ctrlKey)
    ) {
      event.preventDefault();
      onConfirm();
    }
  };
