import { AccountEntity } from '../accounts/account.entity';
import { DistrictEntity } from '../catalogue/district.entity';
import { IndustryFieldEntity } from '../catalogue/industry-field.entity';
import { ProgrammeCategoryEntity } from '../catalogue/programme-category.entity';
import { SeedRunEntity } from '../seeds/seed-run.entity';

/** Every entity of the schema; the drift test compares them with what the migrations build. */
export const ENTITIES = [SeedRunEntity, ProgrammeCategoryEntity, IndustryFieldEntity, DistrictEntity, AccountEntity];
