import { Controller, Get } from '@nestjs/common';
import { Endpoint } from '../common/http/endpoint';
import { getCatalogue } from './catalogue.contract';
import { CatalogueService } from './catalogue.service';

@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get()
  @Endpoint(getCatalogue)
  get() {
    return this.catalogue.catalogue();
  }
}
