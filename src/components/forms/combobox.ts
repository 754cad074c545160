import { matchChoices } from '../../authoring/choice-search';
import type { Choice } from '../../authoring/fields';

/**
 * A text box that lists matching choices as one types (by name, reading, alias or id), after the
 * WAI-ARIA combobox pattern: arrow keys move through the list, Enter chooses, Escape closes. With
 * `multiple`, each choice is added to a list beside it, from which it can be removed.
 */
export class Combobox {
  private readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private readonly chosen: HTMLUListElement | null;
  private choices: readonly Choice[] = [];
  private matches: Choice[] = [];
  private active = -1;
  values: string[] = [];

  constructor(
    root: HTMLElement,
    private readonly key: string,
    private readonly multiple: boolean,
    private readonly onChange: (values: string[]) => void,
    /** Typed text that matches no choice, when the box is left. */
    private readonly onUnmatched: (text: string) => void,
  ) {
    this.input = root.querySelector('input[role="combobox"]')!;
    this.listbox = root.querySelector('[role="listbox"]')!;
    this.chosen = root.querySelector('[data-chosen]');
    this.input.addEventListener('input', () => this.open());
    this.input.addEventListener('focus', () => this.open());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.leave());
    // Choosing with the mouse must not blur the box first.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      if (option) this.choose(this.matches[Number(option.dataset.index)]);
    });
  }

  setChoices(choices: readonly Choice[]): void {
    this.choices = choices;
    if (this.input.getAttribute('aria-expanded') === 'true') this.open();
  }

  /** Shows these values as chosen (from the query string, or what an empty answer stands for). */
  setValues(values: readonly string[]): void {
    this.values = [...values];
    if (this.multiple) {
      this.renderChosen();
    } else if (document.activeElement !== this.input) {
      this.input.value = values.length > 0 ? this.labelOf(values[0]) : '';
    }
  }

  private labelOf(value: string): string {
    return this.choices.find((choice) => choice.value === value)?.label ?? value;
  }

  private open(): void {
    const typed =
      this.multiple || this.input.value !== this.labelOf(this.values[0] ?? '') ? this.input.value : '';
    this.matches = matchChoices(
      this.choices.filter((choice) => !this.multiple || !this.values.includes(choice.value)),
      typed,
    );
    this.active = this.matches.length > 0 && typed !== '' ? 0 : -1;
    this.render();
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private render(): void {
    this.listbox.replaceChildren(
      ...this.matches.map((choice, index) => {
        const option = document.createElement('li');
        option.id = `${this.key}-option-${index}`;
        option.setAttribute('role', 'option');
        option.dataset.index = String(index);
        option.dataset.value = choice.value;
        option.setAttribute('aria-selected', String(index === this.active));
        option.textContent = choice.label;
        return option;
      }),
    );
    const empty = this.matches.length === 0;
    this.listbox.hidden = empty;
    this.input.setAttribute('aria-expanded', String(!empty));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.key}-option-${this.active}`);
      this.listbox.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.matches.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.listbox.hidden) this.open();
      if (count === 0) return;
      const down = event.key === 'ArrowDown';
      this.active = this.active < 0 ? (down ? 0 : count - 1) : (this.active + (down ? 1 : count - 1)) % count;
      this.render();
    } else if (event.key === 'Enter') {
      if (!this.listbox.hidden && this.active >= 0) {
        event.preventDefault();
        this.choose(this.matches[this.active]);
      }
    } else if (event.key === 'Escape') {
      if (!this.listbox.hidden) {
        event.preventDefault();
        this.close();
      }
    }
  }

  private choose(choice: Choice | undefined): void {
    if (!choice) return;
    if (this.multiple) {
      if (!this.values.includes(choice.value)) this.values = [...this.values, choice.value];
      this.input.value = '';
      this.renderChosen();
      this.open();
    } else {
      this.values = [choice.value];
      this.input.value = choice.label;
      this.close();
    }
    this.onChange(this.values);
  }

  /** Leaving the box: typed text that names exactly one choice chooses it; other text is reported. */
  private leave(): void {
    this.close();
    const typed = this.input.value.trim();
    if (!this.multiple && typed === this.labelOf(this.values[0] ?? '')) return;
    if (typed === '') {
      if (!this.multiple && this.values.length > 0) {
        this.values = [];
        this.onChange(this.values);
      }
      return;
    }
    const exact = this.choices.filter((choice) => choice.value === typed || choice.label === typed);
    const found = exact.length === 1 ? exact : matchChoices(this.choices, typed, 2);
    if (found.length === 1) this.choose(found[0]);
    else this.onUnmatched(typed);
  }

  private renderChosen(): void {
    if (!this.chosen) return;
    this.chosen.replaceChildren(
      ...this.values.map((value) => {
        const item = document.createElement('li');
        const label = this.labelOf(value);
        const text = document.createElement('span');
        text.textContent = label;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'remove';
        remove.textContent = '外す';
        remove.setAttribute('aria-label', `${label}を外す`);
        remove.addEventListener('click', () => {
          this.values = this.values.filter((v) => v !== value);
          this.renderChosen();
          this.onChange(this.values);
          this.input.focus();
        });
        item.append(text, ' ', remove);
        return item;
      }),
    );
  }
}
