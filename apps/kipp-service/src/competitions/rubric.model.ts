import { Field, Float, ObjectType } from '@nestjs/graphql';
import { getRubric, type Rubric as RubricData } from '@simpul/scoring';
import { CompetitionGroup } from './group.enum';

@ObjectType('KippRubricCriterion', { description: 'Kriteria rubrik dengan bobot (persen, teks eksak seperti "100/6")' })
export class RubricCriterion {
  @Field() code!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field() weight!: string;
}

@ObjectType('KippRubric', { description: 'Rubrik penilaian satu tahap untuk satu kelompok' })
export class Rubric {
  @Field() id!: string;
  @Field() title!: string;
  @Field(() => CompetitionGroup) group!: CompetitionGroup;
  @Field(() => Float) scaleMin!: number;
  @Field(() => Float) scaleMax!: number;
  @Field(() => String, { nullable: true, description: 'Nilai ambang lulus (teks eksak), bila ada' }) passingGrade!: string | null;
  @Field(() => [RubricCriterion]) criteria!: RubricCriterion[];
}

export function toRubricModel(rubric: RubricData): Rubric {
  return {
    id: rubric.id,
    title: rubric.title,
    group: rubric.group as CompetitionGroup,
    scaleMin: rubric.scale.min,
    scaleMax: rubric.scale.max,
    passingGrade: rubric.passingGrade,
    criteria: rubric.criteria.map((criterion) => ({ ...criterion })),
  };
}

/** The default rubric of a scored stage for each group: the published 2025 rubrics (KHUSUS uses the umum criteria). */
export function defaultRubrics(): Record<CompetitionGroup, RubricData> {
  const umum = getRubric('kipp-2025-umum');
  return {
    [CompetitionGroup.UMUM]: umum,
    [CompetitionGroup.REPLIKASI]: getRubric('kipp-2025-replikasi'),
    [CompetitionGroup.KHUSUS]: {
      ...umum,
      id: 'kipp-2025-khusus',
      title: 'Rubrik penilaian proposal KIPP — kelompok khusus',
      group: 'KHUSUS',
    },
  };
}
