/**
 * A division tree (city → county → township → village) with lookups, and loading a host's own tree.
 * @module
 */
import {
  ErrorCode,
  PolicyError,
  echo,
  fail,
  pathArg,
  safeOf,
  type IssuePath,
  type PolicyIssue,
  type SafeParseResult,
} from '../core/errors.js';
import { checkNesting } from '../core/nesting.js';
import { defineRecord, fields, type RecordOutput } from '../core/record.js';
import {
  DIVISION_KIND_LABELS,
  DIVISION_KIND_LEVEL,
  DIVISION_KINDS,
  LEVEL_CODE_LENGTH,
  type DivisionKind,
  type DivisionLevel,
} from './kinds.js';

/** One unit of the tree. @category Divisions */
export interface DivisionUnit {
  /** 统计用区划代码: 6 digits (city, county), 9 (township) or 12 (village). */
  readonly code: string;
  /** Official name, e.g. `"淮城街道"`. */
  readonly name: string;
  /** Kind (see {@link DivisionKind}). */
  readonly kind: DivisionKind;
  /** Level, implied by the kind. */
  readonly level: DivisionLevel;
  /** Code of the parent unit; absent for the root. */
  readonly parent?: string;
}

/** Where a tree comes from. @category Divisions */
export interface DivisionSource {
  /** Title of the data set. */
  readonly title: string;
  /** Provenance: who published it, which vintage. */
  readonly source: string;
  /** Caveats. */
  readonly notes?: string;
}

/**
 * A validated division tree with lookups. Build one with {@link parseDivisionTree} or use {@link huaianDivisions}.
 * @category Divisions
 */
export interface DivisionTree {
  /** The root (the city). */
  readonly root: DivisionUnit;
  /** Every unit, root first, then in tree order (each parent before its children). */
  readonly units: readonly DivisionUnit[];
  /** Provenance of the data. */
  readonly source: DivisionSource;
  /** The unit with this code, or `undefined`. */
  get(code: string): DivisionUnit | undefined;
  /** The unit with this code, or an `unknown_code` {@link PolicyError}. */
  require(code: string, path?: IssuePath): DivisionUnit;
  /** Direct children, in code order. */
  children(code: string): readonly DivisionUnit[];
  /** Ancestors from the parent up to the root. */
  ancestors(code: string): readonly DivisionUnit[];
  /** The ancestor (or the unit itself) at a level, e.g. the county of a village. */
  ancestorAt(code: string, level: DivisionLevel): DivisionUnit | undefined;
  /** All units below a unit (optionally only at one level). */
  descendants(code: string, level?: DivisionLevel): readonly DivisionUnit[];
  /** Units of the given kinds, in tree order. */
  ofKind(...kinds: DivisionKind[]): readonly DivisionUnit[];
  /** Units at a level, in tree order. */
  atLevel(level: DivisionLevel): readonly DivisionUnit[];
}

// A host's tree as data: records of the kit, whose checks are the parser's and whose labels name the fields in
// refusals. Checked beyond them (buildTree): codes unique, parents at the level above, codes extending their parents'.
const anyText = () => fields.text({ minLength: 0 });
const unitRecord = /* @__PURE__ */ defineRecord(
  'division-tree-unit',
  { zh: '区划单位', en: 'division unit' },
  {
    code: fields
      .text({ pattern: /^\d{6}(\d{3}){0,2}$/, format: { zh: '6、9 或 12 位数字', en: '6, 9 or 12 digits' } })
      .label('区划代码', 'division code'),
    name: fields.text().label('名称', 'name'),
    kind: fields.enum(DIVISION_KINDS, DIVISION_KIND_LABELS).label('类型', 'kind'),
    parent: anyText().optional().label('上级区划代码', 'parent code'),
  },
  { unknownKeys: 'strict' },
);
const units = (zh: string, en: string) => fields.array(fields.object(unitRecord)).label(zh, en);
const treeRecord = /* @__PURE__ */ defineRecord(
  'division-tree',
  { zh: '区划树', en: 'division tree' },
  {
    title: anyText().optional().label('标题', 'title'),
    source: anyText().optional().label('数据来源', 'source'),
    notes: anyText().optional().label('说明', 'notes'),
    codeRules: fields.map(anyText().label('规则', 'rule')).optional().label('代码规则', 'code rules'),
    city: fields
      .object(
        defineRecord(
          'division-tree-city',
          { zh: '市', en: 'city' },
          {
            code: fields
              .text({ pattern: /^\d{6}$/, format: { zh: '6 位数字', en: '6 digits' } })
              .label('区划代码', 'division code'),
            name: fields.text().label('名称', 'name'),
          },
          { unknownKeys: 'strict' },
        ),
      )
      .label('市', 'city'),
    counties: units('县级单位', 'counties'),
    townships: units('乡级单位', 'townships'),
    villages: units('村级单位', 'villages'),
  },
  { unknownKeys: 'strict' },
);

/** One unit as given in a {@link DivisionTreeInput}. @category Divisions */
export interface DivisionUnitInput {
  /** 统计用区划代码 (6, 9 or 12 digits). */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** Kind. */
  readonly kind: DivisionKind;
  /** Parent code (optional for counties: defaults to the city). */
  readonly parent?: string;
}

/** The input format of {@link parseDivisionTree}: the format of `data/huaian-divisions.json`. @category Divisions */
export interface DivisionTreeInput {
  /** Title of the data set. */
  readonly title?: string;
  /** Provenance. */
  readonly source?: string;
  /** Caveats. */
  readonly notes?: string;
  /** How kinds follow from code digits (documentation only). */
  readonly codeRules?: Readonly<Record<string, string>>;
  /** The root. */
  readonly city: { readonly code: string; readonly name: string };
  /** County-level units. */
  readonly counties: readonly DivisionUnitInput[];
  /** Township-level units. */
  readonly townships: readonly DivisionUnitInput[];
  /** Village-level units. */
  readonly villages: readonly DivisionUnitInput[];
}

class Tree implements DivisionTree {
  readonly root: DivisionUnit;
  private readonly byCode = new Map<string, DivisionUnit>();
  private readonly kids = new Map<string, DivisionUnit[]>();

  constructor(
    readonly units: readonly DivisionUnit[],
    readonly source: DivisionSource,
  ) {
    this.root = units[0]!;
    for (const u of units) {
      this.byCode.set(u.code, u);
      if (u.parent !== undefined) {
        const list = this.kids.get(u.parent);
        if (list === undefined) this.kids.set(u.parent, [u]);
        else list.push(u);
      }
    }
  }

  get(code: string): DivisionUnit | undefined {
    return this.byCode.get(code);
  }

  require(code: string, path: IssuePath = []): DivisionUnit {
    const u = this.byCode.get(code);
    if (u !== undefined) return u;
    return fail(
      ErrorCode.UnknownCode,
      path,
      `区划代码 ${echo(code, 12)} 不在区划树“${this.root.name}”中`,
      `Division code ${echo(code, 12)} is not in the tree of ${this.root.name}`,
      {
        code: echo(code, 12),
      },
    );
  }

  children(code: string): readonly DivisionUnit[] {
    return this.kids.get(code) ?? [];
  }

  ancestors(code: string): readonly DivisionUnit[] {
    const out: DivisionUnit[] = [];
    let u = this.require(code);
    while (u.parent !== undefined) {
      u = this.byCode.get(u.parent)!;
      out.push(u);
    }
    return out;
  }

  ancestorAt(code: string, level: DivisionLevel): DivisionUnit | undefined {
    let u: DivisionUnit | undefined = this.require(code);
    while (u !== undefined && u.level !== level) u = u.parent === undefined ? undefined : this.byCode.get(u.parent);
    return u;
  }

  descendants(code: string, level?: DivisionLevel): readonly DivisionUnit[] {
    this.require(code);
    const out: DivisionUnit[] = [];
    const walk = (c: string): void => {
      for (const k of this.kids.get(c) ?? []) {
        if (level === undefined || k.level === level) out.push(k);
        walk(k.code);
      }
    };
    walk(code);
    return out;
  }

  ofKind(...kinds: DivisionKind[]): readonly DivisionUnit[] {
    return this.units.filter((u) => kinds.includes(u.kind));
  }

  atLevel(level: DivisionLevel): readonly DivisionUnit[] {
    return this.units.filter((u) => u.level === level);
  }
}

const PARENT_LEVEL: Record<DivisionLevel, DivisionLevel | undefined> = {
  city: undefined,
  county: 'city',
  township: 'county',
  village: 'township',
};

function checkUnits(units: DivisionUnit[], base: IssuePath, paths: IssuePath[]): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seen = new Map<string, DivisionUnit>();
  units.forEach((u, i) => {
    const path = paths[i] ?? base;
    const label = DIVISION_KIND_LABELS[u.kind];
    if (u.code.length !== LEVEL_CODE_LENGTH[u.level]) {
      issues.push({
        code: ErrorCode.Inconsistent,
        path: [...path, 'code'],
        zh: `${label.zh}的代码应为 ${LEVEL_CODE_LENGTH[u.level]} 位：${u.code}`,
        en: `A ${label.en} code must have ${LEVEL_CODE_LENGTH[u.level]} digits: ${u.code}`,
      });
    }
    if (seen.has(u.code)) {
      issues.push({
        code: ErrorCode.Duplicate,
        path: [...path, 'code'],
        zh: `区划代码重复：${u.code}`,
        en: `Duplicate division code: ${u.code}`,
      });
      return;
    }
    if (u.parent !== undefined) {
      const parent = seen.get(u.parent);
      if (parent === undefined) {
        issues.push({
          code: ErrorCode.UnknownCode,
          path: [...path, 'parent'],
          zh: `上级区划 ${echo(u.parent)} 不存在（或排在下级之后）`,
          en: `Parent ${echo(u.parent)} does not exist (or comes after its child)`,
        });
      } else {
        if (parent.level !== PARENT_LEVEL[u.level]) {
          issues.push({
            code: ErrorCode.Inconsistent,
            path: [...path, 'parent'],
            zh: `${u.code} 的上级层级不对`,
            en: `The parent of ${u.code} is at the wrong level`,
          });
        }
        // A county's code shares the city's first 4 digits; lower levels extend their parent's full code.
        const prefix = u.level === 'county' ? parent.code.slice(0, 4) : parent.code;
        if (!u.code.startsWith(prefix)) {
          issues.push({
            code: ErrorCode.Inconsistent,
            path: [...path, 'code'],
            zh: `代码 ${u.code} 与上级代码 ${parent.code} 不一致`,
            en: `Code ${u.code} is not consistent with its parent's code ${parent.code}`,
          });
        }
      }
    }
    seen.set(u.code, u);
  });
  return issues;
}

const TREE_METHODS = [
  'get',
  'require',
  'children',
  'ancestors',
  'ancestorAt',
  'descendants',
  'ofKind',
  'atLevel',
] as const;

/**
 * Refuses a value that is not a {@link DivisionTree} (from parseDivisionTree or huaianDivisions): a wrong argument is
 * a PolicyError, not a TypeError in the middle of a computation.
 * @internal
 */
export function checkTree(tree: unknown, path: IssuePath): asserts tree is DivisionTree {
  const t = tree as Partial<Record<string, unknown>> | null;
  if (
    typeof t !== 'object' ||
    t === null ||
    typeof (t.root as DivisionUnit | undefined)?.code !== 'string' ||
    !Array.isArray(t.units) ||
    !TREE_METHODS.every((m) => typeof t[m] === 'function')
  ) {
    fail(
      ErrorCode.InvalidType,
      path,
      '区划树无效（请用 parseDivisionTree 或 huaianDivisions 获取）',
      'Not a division tree (get one from parseDivisionTree or huaianDivisions)',
    );
  }
}

/** Builds a tree from units already in tree order (root first); validates codes, parents and kinds. @internal */
export function buildTree(
  units: DivisionUnit[],
  source: DivisionSource,
  paths: IssuePath[] = [],
  base: IssuePath = [],
): DivisionTree {
  const issues = checkUnits(units, base, paths);
  if (issues.length > 0) throw new PolicyError(issues);
  return new Tree(units, source);
}

/**
 * Validates a host's division tree (same format as `data/huaian-divisions.json`: `city`, `counties`, `townships`,
 * `villages`, each unit with `code`, `name`, `kind`, `parent`) and returns it with lookups. Codes must be unique,
 * parents must exist at the level above, and each code must extend its parent's code.
 * @category Divisions
 * @example
 * ```ts
 * const tree = parseDivisionTree(JSON.parse(readFileSync('my-city.json', 'utf8')));
 * tree.children(tree.root.code).length;
 * ```
 */
export function parseDivisionTree(json: unknown, path: IssuePath = []): DivisionTree {
  checkNesting(json, pathArg(path));
  const d = treeRecord.parse(json, path);
  const units: DivisionUnit[] = [{ code: d.city.code, name: d.city.name, kind: 'city', level: 'city' }];
  const paths: IssuePath[] = [[...path, 'city']];
  const add = (list: RecordOutput<typeof unitRecord>[], key: string, level: DivisionLevel): void => {
    list.forEach((u, i) => {
      if (DIVISION_KIND_LEVEL[u.kind] !== level) {
        throw new PolicyError([
          {
            code: ErrorCode.Inconsistent,
            path: [...path, key, i, 'kind'],
            zh: `${key} 中的单位类型 ${u.kind} 层级不符`,
            en: `Kind ${u.kind} does not belong in ${key}`,
          },
        ]);
      }
      units.push({
        code: u.code,
        name: u.name,
        kind: u.kind,
        level,
        parent: u.parent ?? (level === 'county' ? d.city.code : undefined),
      });
      paths.push([...path, key, i]);
    });
  };
  add(d.counties, 'counties', 'county');
  add(d.townships, 'townships', 'township');
  add(d.villages, 'villages', 'village');
  return buildTree(
    units,
    {
      title: d.title ?? d.city.name,
      source: d.source ?? 'host-supplied',
      ...(d.notes === undefined ? {} : { notes: d.notes }),
    },
    paths,
    path,
  );
}

/** Non-throwing {@link parseDivisionTree}. @category Divisions */
export const safeParseDivisionTree: (json: unknown, path?: IssuePath) => SafeParseResult<DivisionTree> =
  safeOf(parseDivisionTree);
