package io.catwork.ops.aggregates;

import jakarta.persistence.Entity;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.Repository;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Gives every event-sourced aggregate a {@link StoreCheckedCachingRepository}: a bounded in-memory cache whose entry
 * is used only when the event store holds no later event of that aggregate (one indexed read instead of loading and
 * replaying every event). It registers the {@code <aggregate>Repository} bean that Axon's Spring support picks up
 * instead of building its own, before Axon looks for it.
 */
@Component
class AggregateCaching implements BeanDefinitionRegistryPostProcessor {
    static final String CACHE_SIZE = "${catwork.aggregates.cache-size:2000}";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        for (String name : registry.getBeanDefinitionNames()) {
            Class<?> type = aggregateType(registry.getBeanDefinition(name));
            if (type == null) {
                continue;
            }
            String repositoryName = Character.toLowerCase(type.getSimpleName().charAt(0))
                    + type.getSimpleName().substring(1) + "Repository";
            if (registry.containsBeanDefinition(repositoryName)) {
                continue;
            }
            RootBeanDefinition repository = new RootBeanDefinition(StoreCheckedCachingRepository.class);
            repository.setFactoryMethodName("create");
            repository.getConstructorArgumentValues().addIndexedArgumentValue(0, type);
            repository.getConstructorArgumentValues().addIndexedArgumentValue(1,
                    new RuntimeBeanReference(Configuration.class));
            repository.getConstructorArgumentValues().addIndexedArgumentValue(2, CACHE_SIZE);
            repository.setTargetType(ResolvableType.forClassWithGenerics(Repository.class, type));
            repository.setLazyInit(true);
            registry.registerBeanDefinition(repositoryName, repository);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        // everything happens while the definitions are registered
    }

    /**
     * The aggregate class a bean definition describes, or null when it describes no event-sourced aggregate. Read from
     * the scanned class metadata, so no other bean's class is loaded for it.
     */
    private static Class<?> aggregateType(BeanDefinition definition) {
        if (!(definition instanceof AnnotatedBeanDefinition annotated)
                || !annotated.getMetadata().isAnnotated(Aggregate.class.getName())
                || annotated.getMetadata().isAnnotated(Entity.class.getName())) {
            return null;
        }
        return ClassUtils.resolveClassName(annotated.getMetadata().getClassName(),
                AggregateCaching.class.getClassLoader());
    }
}
