import type { PositionCategory } from '@bangfu/domain';
import type { ReactNode } from 'react';
import type { KioskPosition } from '../api/types';
import { categoryOptions, countyOptions, type FilterOption, type PositionFilter } from './filters';

interface ChipRowProps<V extends string> {
  label: string;
  testIdPrefix: string;
  options: FilterOption<V>[];
  value: V | null;
  onChange: (value: V | null) => void;
}

function Chip(props: { active: boolean; testId: string; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      className={props.active ? 'chip chip-active' : 'chip'}
      aria-pressed={props.active}
      data-testid={props.testId}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

function ChipRow<V extends string>({ label, testIdPrefix, options, value, onChange }: ChipRowProps<V>) {
  // One choice is no choice: the row would only repeat "all".
  if (options.length < 2) return null;
  return (
    <fieldset className="filter-row">
      <legend className="filter-label">{label}</legend>
      <div className="chips">
        <Chip active={value === null} testId={`${testIdPrefix}-all`} onClick={() => onChange(null)}>
          全部
        </Chip>
        {options.map((o) => (
          <Chip
            key={o.value}
            active={value === o.value}
            testId={`${testIdPrefix}-${o.value}`}
            onClick={() => onChange(o.value)}
          >
            {o.label}
            <span className="chip-count">{o.count}</span>
          </Chip>
        ))}
      </div>
    </fieldset>
  );
}

interface FilterBarProps {
  positions: readonly KioskPosition[];
  filter: PositionFilter;
  onChange: (filter: PositionFilter) => void;
}

/** Category and county chips, built from the positions the fair actually has. */
export function FilterBar({ positions, filter, onChange }: FilterBarProps) {
  return (
    <nav className="filters" aria-label="筛选岗位">
      <ChipRow<PositionCategory>
        label="工种"
        testIdPrefix="kiosk-filter-category"
        options={categoryOptions(positions)}
        value={filter.category}
        onChange={(category) => onChange({ ...filter, category })}
      />
      <ChipRow<string>
        label="区县"
        testIdPrefix="kiosk-filter-county"
        options={countyOptions(positions)}
        value={filter.county}
        onChange={(county) => onChange({ ...filter, county })}
      />
    </nav>
  );
}
