package echanges.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Échanges: the GraphQL API of a marketplace for public software micro-procurement. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EchangesApplication {

    public static void main(String[] args) {
        SpringApplication.run(EchangesApplication.class, args);
    }
}
