/**
 * zod schemas for the three data files. They are the edge: everything past a successful
 * parse is trusted, and the types the app uses are inferred from here.
 */
// zod/mini: the same parser at about a quarter of the bundle size of classic zod (issue 5 budget).
import * as z from 'zod/mini';

/** Ids travel in URLs, so they are short lowercase ASCII slugs. */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug'));

export const localizedSchema = z.object({
  ja: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export const partlyLocalizedSchema = z.object({
  ja: z.string().check(z.minLength(1)),
  en: z.optional(z.string().check(z.minLength(1))),
});

const datasetEntrySchema = z.object({
  id: idSchema,
  title: localizedSchema,
  fiscalYear: z.int().check(z.gte(1900), z.lte(2200)),
  fiscalYearLabel: localizedSchema,
  /** What the total is called in a caption: "IT-policy budget". */
  budgetName: z.optional(localizedSchema),
  publisher: localizedSchema,
  source: z.object({
    title: localizedSchema,
    /** Path of the original text, relative to the data folder; offered for download. */
    file: z.string().check(z.minLength(1)),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  }),
  files: z.object({
    budgets: z.string().check(z.minLength(1)),
    programs: z.string().check(z.minLength(1)),
  }),
});

export const datasetsFileSchema = z.object({
  datasets: z.array(datasetEntrySchema).check(z.minLength(1)),
});

const pillarSchema = z.object({
  id: idSchema,
  name: localizedSchema,
  categoryIds: z.array(idSchema).check(z.minLength(1)),
});

const categorySchema = z.object({
  id: idSchema,
  pillarId: idSchema,
  name: localizedSchema,
  /** The heading's subtitle, e.g. 最適化による県民サービスの向上. */
  subtitle: z.optional(localizedSchema),
  /** Thousands of yen, as declared in the source heading. */
  budget: z.int().check(z.nonnegative()),
  programCount: z.int().check(z.nonnegative()),
});

export const budgetsFileSchema = z
  .object({
    unit: z.literal('thousand JPY'),
    total: z.int().check(z.nonnegative()),
    pillars: z.array(pillarSchema).check(z.minLength(1)),
    categories: z.array(categorySchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((file, ctx) => {
      const sum = file.categories.reduce((acc, c) => acc + c.budget, 0);
      if (sum !== file.total) {
        ctx.addIssue({
          code: 'custom',
          path: ['total'],
          message: `total ${file.total} differs from the sum of category budgets ${sum}`,
        });
      }
      const pillarIds = new Set(file.pillars.map((p) => p.id));
      file.categories.forEach((c, i) => {
        if (!pillarIds.has(c.pillarId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['categories', i, 'pillarId'],
            message: `unknown pillar "${c.pillarId}"`,
          });
        }
      });
      reportDuplicateIds(ctx, file.categories, 'categories');
    }),
  );

const departmentSchema = z.object({ id: idSchema, name: localizedSchema });
const sectionSchema = z.object({
  id: idSchema,
  departmentId: idSchema,
  name: partlyLocalizedSchema,
});

const programSchema = z.object({
  id: idSchema,
  categoryId: idSchema,
  number: z.int().check(z.positive()),
  name: z.string().check(z.minLength(1)),
  summary: z.string(),
  departmentIds: z.array(idSchema).check(z.minLength(1)),
  sectionIds: z.array(idSchema).check(z.minLength(1)),
  /** Present only when a dataset gives a per-program amount (thousands of yen). */
  budget: z.optional(z.int().check(z.nonnegative())),
  /** Line of the original text, for tracing a figure back to the source. */
  sourceLine: z.optional(z.int().check(z.positive())),
});

const noteSchema = z.object({
  kind: z.enum(['whitespace', 'html', 'joint', 'duplicate-name', 'parentheses']),
  line: z.int().check(z.positive()),
  programIds: z.array(idSchema),
  from: z.string(),
  to: z.string(),
  text: localizedSchema,
});

export const programsFileSchema = z
  .object({
    departments: z.array(departmentSchema),
    sections: z.array(sectionSchema),
    programs: z.array(programSchema),
    notes: z.array(noteSchema),
  })
  .check(
    z.superRefine((file, ctx) => {
      const departmentIds = new Set(file.departments.map((d) => d.id));
      const sectionIds = new Set(file.sections.map((s) => s.id));
      reportDuplicateIds(ctx, file.departments, 'departments');
      reportDuplicateIds(ctx, file.sections, 'sections');
      reportDuplicateIds(ctx, file.programs, 'programs');
      file.sections.forEach((s, i) => {
        if (!departmentIds.has(s.departmentId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', i, 'departmentId'],
            message: `unknown department "${s.departmentId}"`,
          });
        }
      });
      file.programs.forEach((p, i) => {
        p.departmentIds.forEach((id, j) => {
          if (!departmentIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['programs', i, 'departmentIds', j],
              message: `unknown department "${id}"`,
            });
          }
        });
        p.sectionIds.forEach((id, j) => {
          if (!sectionIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['programs', i, 'sectionIds', j],
              message: `unknown section "${id}"`,
            });
          }
        });
      });
    }),
  );

function reportDuplicateIds(
  ctx: z.core.$RefinementCtx,
  items: readonly { id: string }[],
  key: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
}

export type DatasetsFile = z.infer<typeof datasetsFileSchema>;
export type DatasetEntry = DatasetsFile['datasets'][number];
export type BudgetsFile = z.infer<typeof budgetsFileSchema>;
export type ProgramsFile = z.infer<typeof programsFileSchema>;
export type Pillar = BudgetsFile['pillars'][number];
export type Category = BudgetsFile['categories'][number];
export type Department = ProgramsFile['departments'][number];
export type Section = ProgramsFile['sections'][number];
export type Program = ProgramsFile['programs'][number];
export type DataNote = ProgramsFile['notes'][number];
export type Localized = z.infer<typeof localizedSchema>;
