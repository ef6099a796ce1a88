/**
 * The command dispatcher: `huaian-sw <command> [options]`. Testable as a function (arguments and an injected
 * {@link CliIO} in, exit code out); `main.ts` binds it to the real process.
 * @module
 */
import { pick } from '../core/index.js';
import { EXIT, UsageError, parseCommandArgs, sniffLang, type CommandArgs, type Lang } from './args.js';
import { encodingProblem } from './common.js';
import type { CliIO } from './io.js';
import { msg } from './messages.js';

/** One command: its help text and what it does. */
interface Command {
  readonly help: { readonly zh: string; readonly en: string };
  run(args: CommandArgs, io: CliIO): Promise<number>;
  /** Set for a command that parses its own arguments (`test`, whose runner lives in the /testing subpath). */
  readonly raw?: (argv: readonly string[], io: CliIO) => Promise<number>;
}

// Commands are loaded on first use, so `huaian-sw --help` does not load every engine.
const COMMANDS: Record<string, () => Promise<Command>> = {
  salary: async () => {
    const m = await import('./commands/salary.js');
    return { help: m.SALARY_HELP, run: m.salaryCommand };
  },
  coverage: async () => {
    const m = await import('./commands/coverage.js');
    return { help: m.COVERAGE_HELP, run: m.coverageCommand };
  },
  review: async () => {
    const m = await import('./commands/review.js');
    return { help: m.REVIEW_HELP, run: m.reviewCommand };
  },
  petitions: async () => {
    const m = await import('./commands/petitions.js');
    return { help: m.PETITIONS_HELP, run: m.petitionsCommand };
  },
  ratings: async () => {
    const m = await import('./commands/ratings.js');
    return { help: m.RATINGS_HELP, run: m.ratingsCommand };
  },
  committees: async () => {
    const m = await import('./commands/committees.js');
    return { help: m.COMMITTEES_HELP, run: m.committeesCommand };
  },
  workforce: async () => {
    const m = await import('./commands/workforce.js');
    return { help: m.WORKFORCE_HELP, run: m.workforceCommand };
  },
  demo: async () => {
    const m = await import('./commands/demo.js');
    return { help: m.DEMO_HELP, run: m.demoCommand };
  },
  test: async () => {
    const m = await import('../testing/cli.js');
    const raw = async (argv: readonly string[], io: CliIO): Promise<number> =>
      m.runCaseFilesCli(argv, { stdout: io.stdout, stderr: io.stderr });
    return { help: m.CASE_FILES_CLI_HELP, run: async () => EXIT.usage, raw };
  },
};

/** Help text of `huaian-sw` itself. */
export const MAIN_HELP = {
  zh: `huaian-sw：淮安市委社会工作部规则计算工具（社区工作者薪酬、五个全覆盖、双审双培）

用法：huaian-sw <命令> [选项]

命令：
  salary <花名册.csv|.xlsx|.json>  三岗十八级：每名社区工作者的岗位、等级和月工资
  coverage <登记册.json|.csv|.xlsx> 五个全覆盖：各县区覆盖率和缺口
  review <人选.json|.csv|.xlsx>    双审双培：行业协会商会负责人人选逐人审核
  petitions <台账.csv|.json>  信访：各承办单位的待办和逾期事项（信访工作条例）
  ratings <社会组织.csv|.json> 社会组织评估：各组织评估等级的有效期、重新评估和本轮申请资格
  committees <村居委会.csv|.json> 村（居）委会标准化：逐个核查组织法规定的人数、任期、下属委员会、村务监督等
  workforce <花名册.csv|.xlsx> --residents <常住人口.csv|.xlsx>  社区工作者队伍：配备、平均薪酬、持证和学历目标、取证期限、退出情形
  demo                        用内置的示例数据运行 salary、coverage 和 review，输出简要报告
  test <用例.yaml…>           运行政策测试用例（官方算例），报告哪条不通过及原因

每个命令都可加 --help 查看说明和示例；--lang en 输出英文。
退出码：0 正常；1 有行数据有误，或有须处理的结果（人选不通过、事项逾期、核查不符合等，见各命令的 --help）；
2 用法或文件错误。覆盖率未达目标不影响退出码。

示例：
  huaian-sw demo
  huaian-sw salary 花名册.csv --as-of 2026-01-01 --out 工资.csv`,
  en: `huaian-sw: rules of the Huai'an Party Committee Social Work Department (community-worker pay, five coverages, dual review)

Usage: huaian-sw <command> [options]

Commands:
  salary <roster.csv|.xlsx|.json>    三岗十八级: post, grade and monthly pay of every community worker
  coverage <registry.json|.csv|.xlsx> 五个全覆盖: coverage rates and gaps by county
  review <slate.json|.csv|.xlsx>     双审双培: review of an association's leadership candidates
  petitions <ledger.csv|.json>  信访: due and overdue steps per office (Regulations on Petition Work)
  ratings <register.csv|.json>  社会组织评估: validity, re-evaluation and eligibility of each organization's grade
  committees <committees.csv|.json> 村(居)委会: statutory checks of each committee (size, term, subcommittees, supervision…)
  workforce <roster.csv|.xlsx> --residents <residents.csv|.xlsx>  社区工作者队伍: staffing, average pay, targets, certification deadlines, exit cases
  demo                          run salary, coverage and review on the built-in synthetic data, with a short report
  test <cases.yaml…>            run policy test cases (official worked examples) and report which fail and why

Every command takes --help (with an example); --lang en prints English.
Exit codes: 0 ok; 1 some rows have bad data, or a result needs action (a candidate fails, an item is overdue, a
check fails…: see each command's --help); 2 usage or file error. Coverage below target does not change it.

Examples:
  huaian-sw demo --lang en
  huaian-sw salary roster.csv --as-of 2026-01-01 --out pay.csv`,
};

function usageLine(lang: Lang, command?: string): string {
  return msg(lang, 'see_help', {
    term: 'huaian-sw',
    option: '--help',
    command: command ?? '',
    value: command ? ' ' : '',
  });
}

/**
 * Runs the CLI.
 * @param argv - the arguments after the program name
 * @param io - the outside world
 * @param version - the package version (for `--version`)
 * @returns the exit code (0 ok, 1 findings or bad rows, 2 usage error)
 */
export async function run(argv: readonly string[], io: CliIO, version = ''): Promise<number> {
  const [first, ...rest] = argv;
  const lang = sniffLang(argv);
  if (first === undefined || first === '--help' || first === '-h' || first === 'help' || first.startsWith('--lang')) {
    if (first === 'help' && rest[0] !== undefined && COMMANDS[rest[0]] !== undefined)
      return run([rest[0], '--help', ...rest.slice(1)], io, version);
    await io.stdout.write(pick(MAIN_HELP, lang) + '\n');
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    await io.stdout.write(`${version}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[first];
  if (load === undefined) {
    await io.stderr.write(msg(lang, 'unknown_command_sentence', { first }) + usageLine(lang));
    return EXIT.usage;
  }
  const command = await load();
  if (command.raw !== undefined) return command.raw(rest, io);
  try {
    const args = parseCommandArgs(first, rest);
    if (args.help) {
      await io.stdout.write(pick(command.help, args.lang) + '\n');
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      await io.stderr.write(`huaian-sw ${first}: ${pick(e, lang)}\n` + usageLine(lang, first));
      return EXIT.usage;
    }
    const problem = encodingProblem(e);
    if (problem instanceof UsageError) {
      await io.stderr.write(`huaian-sw ${first}: ${pick(problem, lang)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
