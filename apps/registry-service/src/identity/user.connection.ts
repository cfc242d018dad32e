import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { User } from './user.entity';

@ObjectType()
export class UserConnection extends Paginated(User, 'User') {}
